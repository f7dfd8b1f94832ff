using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SunoPS
{
    /// <summary>
    /// The tracks of a task. Its text form is the track ids, so Export-Csv and string expansion show
    /// something a person can read instead of a type name.
    /// </summary>
    public sealed class SunoTrackCollection : ReadOnlyCollection<SunoTrack>
    {
        internal static readonly SunoTrackCollection Empty = new SunoTrackCollection(new List<SunoTrack>());

        internal SunoTrackCollection(IList<SunoTrack> tracks) : base(tracks)
        {
        }

        public override string ToString() => string.Join(", ", this.Select(t => t.Id));
    }
}
