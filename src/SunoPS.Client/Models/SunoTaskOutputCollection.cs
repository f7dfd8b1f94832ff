using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace SunoPS
{
    /// <summary>The files of a task. Its text form lists their kinds, so Export-Csv shows something readable.</summary>
    public sealed class SunoTaskOutputCollection : ReadOnlyCollection<SunoTaskOutput>
    {
        internal static readonly SunoTaskOutputCollection Empty = new SunoTaskOutputCollection(new List<SunoTaskOutput>());

        internal SunoTaskOutputCollection(IList<SunoTaskOutput> outputs) : base(outputs)
        {
        }

        public override string ToString() =>
            string.Join(", ", this.Where(o => o.IsPrimary).Select(o => o.StemName ?? o.Kind.ToString()));
    }
}
