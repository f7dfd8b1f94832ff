using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SunoPS
{
    /// <summary>A list of ids that reads as one comma-separated cell in Export-Csv and in string expansion.</summary>
    public sealed class SunoIdList : ReadOnlyCollection<string>
    {
        internal SunoIdList(IList<string> ids) : base(ids)
        {
        }

        public override string ToString() => string.Join(", ", this);
    }
}
