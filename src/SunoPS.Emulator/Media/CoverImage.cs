namespace SunoPS.Emulator.Media;

/// <summary>The cover art served for every track: a 64×64 gradient JPEG (395 bytes), made once with ImageMagick.</summary>
internal static class CoverImage
{
    public const string ContentType = "image/jpeg";

    public static readonly byte[] Jpeg = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/" +
        "2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCABAAEADASIAAhEBAxEB/8QA" +
        "FgABAQEAAAAAAAAAAAAAAAAAAAQG/8QAFRABAQAAAAAAAAAAAAAAAAAAABP/xAAXAQEBAQEAAAAAAAAAAAAAAAAABAMF/8QAFhEBAQEAAAAAAAAAAAAAAAAA" +
        "ABES/9oADAMBAAIRAxEAPwDBzJqZk3aqvCaZNTMmUwmmTUzJlMJpk1MyZTCmZNTMmyqvCaZNTMmUwmmTUzJlMJpk1MyZTCqZNRMmyqvCeZNRMmUwnmTUTJlM" +
        "J5k1EyZTCqZNTMmyqvCaZNTMmUwmmTUzJlMJpk1MyZTD/9k=");
}
