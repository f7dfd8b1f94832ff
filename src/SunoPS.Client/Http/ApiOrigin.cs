namespace SunoPS.Client.Http
{
    /// <summary>The hosts that get the API key. Every other host (file hosts, redirects) never sees it.</summary>
    internal enum ApiOrigin
    {
        /// <summary>The API itself (<see cref="SunoClientOptions.BaseUri"/>).</summary>
        Api,

        /// <summary>The file-upload host (<see cref="SunoClientOptions.UploadBaseUri"/>).</summary>
        Upload,
    }
}
