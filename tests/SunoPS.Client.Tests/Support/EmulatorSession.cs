using System;
using System.Threading.Tasks;
using SunoPS.Client;
using SunoPS.Emulator;

namespace SunoPS.Client.Tests.Support
{
    /// <summary>
    /// A real emulator on loopback plus a client pointed at it (API and upload origins), with retries fast enough for tests.
    /// </summary>
    public sealed class EmulatorSession : IAsyncDisposable
    {
        public const string Key = "test-key-0123456789abcdef";

        private EmulatorSession(SunoEmulator emulator, SunoClient client)
        {
            Emulator = emulator;
            Client = client;
        }

        public SunoEmulator Emulator { get; }
        public SunoClient Client { get; }

        /// <summary>The emulator's file-upload origin (the stand-in for the upload host); the client is pointed at it.</summary>
        public Uri UploadBaseUri => Emulator.UploadsUri;

        public static async Task<EmulatorSession> StartAsync(Action<EmulatorOptions>? configure = null, Action<SunoClientOptions>? configureClient = null)
        {
            var options = new EmulatorOptions { ApiKey = Key, ClockSpeed = 1 };
            configure?.Invoke(options);
            var emulator = await SunoEmulator.StartAsync(options);
            var clientOptions = new SunoClientOptions
            {
                BaseUri = emulator.ApiUri,
                UploadBaseUri = emulator.UploadsUri,
                ApiKeyProvider = () => Key,
                RetryBaseDelay = TimeSpan.FromMilliseconds(20),
                MaxRetryDelay = TimeSpan.FromMilliseconds(200),
                RequestTimeout = TimeSpan.FromSeconds(10),
            };
            configureClient?.Invoke(clientOptions);
            return new EmulatorSession(emulator, new SunoClient(clientOptions));
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Emulator.DisposeAsync();
        }
    }
}
