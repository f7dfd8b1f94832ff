using System;
using System.IO;
using NAudio.Midi;

namespace SunoPS.Client.Downloads.Formats
{
    /// <summary>
    /// MIDI: the API returns notes, not a file, so the Standard MIDI File is built from them (format 1, 480 ticks per
    /// quarter note at 120 beats per minute, so a second is 960 ticks): a first track with the tempo, then one track per
    /// instrument named after it, its notes at their times with velocity 0–1 scaled to 1–127, drums on channel 10 and
    /// other instruments on channels of their own, each track closed by an end-of-track event. The built file is read
    /// back before it is saved, and must hold every note.
    /// </summary>
    internal sealed class MidiFormat : IOutputFormat, IContentRenderer
    {
        public static readonly MidiFormat Instance = new MidiFormat();

        public const string Extension = ".mid";
        public const int TicksPerQuarterNote = 480;
        public const int MicrosecondsPerQuarterNote = 500000; // 120 bpm
        public const int TicksPerSecond = TicksPerQuarterNote * 1000000 / MicrosecondsPerQuarterNote;
        public const int DrumChannel = 10;

        private MidiFormat()
        {
        }

        public string ExtensionFor(SunoTaskOutput output) => Extension;

        public bool WritesTag(OutputDownloadRequest request, SunoTaskOutput output) => false;

        public bool HasCovers => false;

        public string? CoverUrlOf(SunoTaskOutput output) => null;

        public byte[] RenderTag(SunoTaskOutput output, SunoTask? task, byte[]? cover) =>
            throw new InvalidOperationException("MIDI files are not tagged.");

        public IBodySink BodySink(Stream file, bool tagged) => new PassThroughSink(file);

        /// <summary>A .mid at a URL (should the API ever give one) is checked as a MIDI file.</summary>
        public string? Verify(FetchedFile file, SunoTaskOutput output, OutputDownloadOptions options, OutputDownloadResult result)
        {
            try
            {
                return new MidiFile(file.Path, true).Tracks > 0 ? null : "The MIDI file has no tracks.";
            }
            catch (Exception e) when (!(e is OutOfMemoryException))
            {
                return "The file is not a Standard MIDI File: " + e.Message;
            }
        }

        public byte[] Render(SunoTaskOutput output)
        {
            if (!(output.Content is SunoMidiData midi)) throw new ArgumentException("The output holds no MIDI notes.", nameof(output));
            var events = Build(midi);
            var temporary = Path.Combine(Path.GetTempPath(), "sunops-" + Guid.NewGuid().ToString("N") + Extension);
            try
            {
                MidiFile.Export(temporary, events);
                var written = CountNotes(new MidiFile(temporary, true));
                if (written != midi.NoteCount)
                {
                    throw new InvalidDataException("The MIDI file built holds " + written + " notes instead of " + midi.NoteCount + ".");
                }

                return File.ReadAllBytes(temporary);
            }
            finally
            {
                File.Delete(temporary);
            }
        }

        internal static MidiEventCollection Build(SunoMidiData midi)
        {
            var events = new MidiEventCollection(1, TicksPerQuarterNote);
            events.AddTrack();
            events.AddEvent(new TextEvent("Tempo", MetaEventType.SequenceTrackName, 0), 0);
            events.AddEvent(new TempoEvent(MicrosecondsPerQuarterNote, 0), 0);
            events.AddEvent(new MetaEvent(MetaEventType.EndTrack, 0, 0), 0);

            var melodic = 0;
            foreach (var instrument in midi.Instruments)
            {
                var track = events.Tracks;
                events.AddTrack();
                var channel = instrument.IsDrums ? DrumChannel : MelodicChannel(melodic++);
                events.AddEvent(new TextEvent(instrument.Name, MetaEventType.SequenceTrackName, 0), track);
                long last = 0;
                foreach (var note in instrument.Notes)
                {
                    var start = Ticks(note.Start);
                    var length = Math.Max(1, Ticks(note.End) - start);
                    var on = new NoteOnEvent(start, channel, Clamp(note.Pitch, 0, 127), Velocity(note.Velocity), (int)Math.Min(int.MaxValue, length));
                    events.AddEvent(on, track);
                    events.AddEvent(on.OffEvent, track);
                    last = Math.Max(last, start + length);
                }

                events.AddEvent(new MetaEvent(MetaEventType.EndTrack, 0, last), track);
            }

            events.PrepareForExport();
            return events;
        }

        /// <summary>Notes in a file: note-on events with a velocity (a note-on of velocity 0 is a note-off).</summary>
        internal static int CountNotes(MidiFile file)
        {
            var count = 0;
            for (var t = 0; t < file.Tracks; t++)
            {
                foreach (var e in file.Events[t])
                {
                    if (e is NoteOnEvent on && on.Velocity > 0) count++;
                }
            }

            return count;
        }

        /// <summary>Channels 1–16 less the drum channel, in turn.</summary>
        private static int MelodicChannel(int n)
        {
            var channel = n % 15 + 1;
            return channel >= DrumChannel ? channel + 1 : channel;
        }

        private static long Ticks(double seconds) =>
            double.IsNaN(seconds) || seconds <= 0 ? 0 : (long)Math.Round(seconds * TicksPerSecond);

        private static int Velocity(double velocity) =>
            double.IsNaN(velocity) ? 127 : Clamp((int)Math.Round(velocity * 127), 1, 127);

        private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
    }
}
