namespace SunoPS.Client.Tests.Callbacks
{
    /// <summary>The callback bodies of suno-api.md §6, verbatim (the MIDI one as the Chinese docs page prints it).</summary>
    internal static class DocumentedCallbacks
    {
        // §6.1, generate-music-callbacks.
        public const string MusicComplete = """
            {
              "code": 200,
              "msg": "All generated successfully.",
              "data": {
                "callbackType": "complete",
                "task_id": "2fac****9f72",
                "data": [
                  {
                    "id": "8551****662c",
                    "audio_url": "https://example.cn/****.mp3",
                    "source_audio_url": "https://example.cn/****.mp3",
                    "stream_audio_url": "https://example.cn/****",
                    "source_stream_audio_url": "https://example.cn/****",
                    "image_url": "https://example.cn/****.jpeg",
                    "source_image_url": "https://example.cn/****.jpeg",
                    "prompt": "[Verse] Night city lights shining bright",
                    "model_name": "chirp-v3-5",
                    "title": "Iron Man",
                    "tags": "electrifying, rock",
                    "createTime": "2025-01-01 00:00:00",
                    "duration": 198.44
                  }
                ]
              }
            }
            """;

        // §6.1, the documented failure.
        public const string MusicError = """{"code":400,"msg":"Music generation failed","data":{"callbackType":"error","task_id":"2fac****9f72","data":null}}""";

        // §6.1, the sibling's text stage (data.data empty).
        public const string MusicText = """{"code":200,"msg":"文本生成完成。","data":{"callbackType":"text","task_id":"2fac****9f72","data":[]}}""";

        // §6.1, the kie failure variant with data.error.
        public const string MusicKieError = """{"code":501,"msg":"Audio generation failed.","data":{"callbackType":"error","task_id":"...","error":"Generation failed due to technical issues"}}""";

        // §6.2.
        public const string LyricsComplete = """{"code":200,"msg":"All generated successfully.","data":{"callbackType":"complete","taskId":"11dc****8b0f","data":[{"text":"[Verse]\n我穿越城市黑暗夜\n心中燃烧梦想的烈火","title":"钢铁侠","status":"complete","errorMessage":""},{"text":"[Verse]\n风在呼唤我名字\n钢铁盔甲闪得刺眼","title":"钢铁侠","status":"complete","errorMessage":""}]}}""";

        public const string LyricsError = """{"code":400,"msg":"Lyrics generation failed","data":{"callbackType":"error","taskId":"11dc****8b0f","data":null}}""";

        // §6.3.
        public const string WavComplete = """{"code":200,"msg":"success","data":{"audioWavUrl":"https://example.com/s/04e6****e727.wav","task_id":"988e****c8d3"}}""";

        public const string WavFailed = """{"code":400,"msg":"WAV format conversion failed","data":{"audioWavUrl":null,"task_id":"988e****c8d3"}}""";

        // §6.4.
        public const string SeparationComplete = """{"code":200,"data":{"task_id":"3e63b4cc88d52611159371f6af5571e7","vocal_removal_info":{"instrumental_url":"https://file.aiquickdraw.com/s/d92a13bf-c6f4-4ade-bb47-f69738435528_Instrumental.mp3","origin_url":"","vocal_url":"https://file.aiquickdraw.com/s/3d7021c9-fa8b-4eda-91d1-3b9297ddb172_Vocals.mp3"}},"msg":"vocal Removal generated successfully."}""";

        public const string SeparationFailed = """{"code":400,"msg":"Vocal separation failed","data":{"task_id":"5e72d367bdfbe44785e28d72cb1697c7","vocal_removal_info":null}}""";

        // §6.5: task_id at the top level, start/end sometimes strings.
        public const string MidiComplete = """
            {
              "task_id": "5c79****be8e",
              "code": 200,
              "msg": "success",
              "data": {
                "state": "complete",
                "instruments": [
                  { "name": "Drums", "notes": [
                    { "pitch": 73, "start": "0.036458333333333336", "end": "0.18229166666666666", "velocity": 1 },
                    { "pitch": 61, "start": 0.046875, "end": "0.19270833333333334", "velocity": 1 },
                    { "pitch": 73, "start": 0.1875, "end": "0.4895833333333333", "velocity": 1 } ] },
                  { "name": "Electric Bass (finger)", "notes": [
                    { "pitch": 44, "start": 7.6875, "end": "7.911458333333333", "velocity": 1 },
                    { "pitch": 56, "start": 7.6875, "end": "7.911458333333333", "velocity": 1 },
                    { "pitch": 51, "start": 7.6875, "end": "7.911458333333333", "velocity": 1 } ] }
                ]
              }
            }
            """;

        // §6.6.
        public const string VideoComplete = """{"code":200,"msg":"MP4 generated successfully.","data":{"task_id":"taskId_774b9aa0422f","video_url":"https://example.com/videos/video_847715e66259.mp4"}}""";

        public const string VideoFailed = """{"code":400,"msg":"Music video generation failed","data":{"task_id":"taskId_774b9aa0422f","video_url":null}}""";

        // §6.7.
        public const string CoverArtComplete = """{"code":200,"data":{"images":["https://tempfile.aiquickdraw.com/s/1753958521_6c1b3015141849d1a9bf17b738ce9347.png","https://tempfile.aiquickdraw.com/s/1753958524_c153143acc6340908431cf0e90cbce9e.png"],"taskId":"21aee3c3c2a01fa5e030b3799fa4dd56"},"msg":"success"}""";

        public const string CoverArtFailed = """{"code":501,"msg":"Cover generation failed","data":{"taskId":"21aee3c3c2a01fa5e030b3799fa4dd56","images":null}}""";

        // §6.8.
        public const string VoiceValidation = """{"code":200,"msg":"success","data":{"taskId":"xxx_task_id_xxx","validateInfo":"Please record this validation phrase clearly.","status":"wait_validating","errorCode":0,"errorMessage":""}}""";

        public const string VoiceSuccess = """{"code":200,"msg":"success","data":{"taskId":"xxx_task_id_xxx","voiceId":"voice_xxx","status":"success","errorCode":0,"errorMessage":""}}""";

        public const string VoiceFailed = """{"code":400,"msg":"Voice generation failed","data":{"taskId":"xxx_task_id_xxx","voiceId":"","status":"fail","errorCode":500,"errorMessage":"Verification audio did not match the validation phrase"}}""";

        // §6.9.
        public const string Recovery = """{"code":200,"msg":"success","task_id":"bbbb****0f7b","data":[{"id":"3bc3****48fc","audio_url":"https://example.com/****.m4a","title":"Sunrise Love","status":"success","error":""}]}""";
    }
}
