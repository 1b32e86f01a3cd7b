using DiffPlex;

namespace Qujing.Web.Features.Editing.Merging;

/// <summary>
/// A three-way merge of one text field against the revision both editors started from, paragraph by paragraph (the
/// classic diff3: DiffPlex's two-way diffs of base → theirs and base → mine, combined where they do not touch). Edits
/// to different paragraphs are combined; paragraphs both changed differently are left to the editor, one conflict at a
/// time. (DiffPlex 1.9's own three-way differ was tried and mis-placed the paragraph after a conflict.)
/// </summary>
public sealed record FieldMerge(IReadOnlyList<MergeChunk> Chunks)
{
    public IEnumerable<ConflictChunk> Conflicts => Chunks.OfType<ConflictChunk>();

    public bool HasConflicts => Conflicts.Any();

    public static FieldMerge Of(string @base, string theirs, string mine)
    {
        var b = ParagraphChunker.Paragraphs(@base);
        var t = ParagraphChunker.Paragraphs(theirs);
        var m = ParagraphChunker.Paragraphs(mine);
        var hunks = Hunks(@base, theirs, Side.Theirs).Concat(Hunks(@base, mine, Side.Mine)).OrderBy(h => h.BaseStart).ThenBy(h => h.BaseEnd).ToList();

        var chunks = new List<MergeChunk>();
        var pos = 0;
        var shift = new Dictionary<Side, int> { [Side.Theirs] = 0, [Side.Mine] = 0 }; // side index − base index, before pos
        for (var i = 0; i < hunks.Count;)
        {
            // A group: hunks whose base ranges overlap, or an insertion that touches the group (order would be a guess).
            var (lo, hi) = (hunks[i].BaseStart, hunks[i].BaseEnd);
            var group = new List<Hunk> { hunks[i++] };
            while (i < hunks.Count && (hunks[i].BaseStart < hi || hunks[i].BaseStart == hi && (hunks[i].IsInsertion || lo == hi)))
            {
                hi = Math.Max(hi, hunks[i].BaseEnd);
                group.Add(hunks[i++]);
            }

            Add(chunks, new AgreedChunk(b[pos..lo]));
            var theirPart = SideOf(Side.Theirs, t, lo, hi, group, shift);
            var myPart = SideOf(Side.Mine, m, lo, hi, group, shift);
            var basePart = b[lo..hi];
            var changedBy = group.Select(h => h.Side).Distinct().ToList();
            if (changedBy.Count == 1)
            {
                Add(chunks, new AgreedChunk(changedBy[0] == Side.Theirs ? theirPart : myPart));
            }
            else if (theirPart.SequenceEqual(myPart))
            {
                Add(chunks, new AgreedChunk(myPart));
            }
            else if (basePart.Length == theirPart.Length && basePart.Length == myPart.Length)
            {
                // Both rewrote the same run of paragraphs in place: each paragraph is settled on its own.
                for (var p = 0; p < basePart.Length; p++)
                {
                    Add(chunks, Paragraph(basePart[p], theirPart[p], myPart[p]));
                }
            }
            else
            {
                chunks.Add(new ConflictChunk(basePart, theirPart, myPart));
            }

            pos = hi;
        }

        Add(chunks, new AgreedChunk(b[pos..]));
        return new(chunks);
    }

    /// <summary>The merged text, each conflict settled by the choice at its position (conflicts without one keep both).</summary>
    public string Resolve(IReadOnlyList<ConflictChoice> choices)
    {
        var paragraphs = new List<string>();
        var conflict = 0;
        foreach (var chunk in Chunks)
        {
            switch (chunk)
            {
                case AgreedChunk agreed:
                    paragraphs.AddRange(agreed.Paragraphs);
                    break;
                case ConflictChunk c:
                    var choice = conflict < choices.Count ? choices[conflict] : ConflictChoice.Both;
                    conflict++;
                    paragraphs.AddRange(choice == ConflictChoice.Mine ? [] : c.Theirs);
                    paragraphs.AddRange(choice == ConflictChoice.Theirs ? [] : c.Mine);
                    break;
            }
        }

        return ParagraphChunker.Join(paragraphs);
    }

    private enum Side
    {
        Theirs = 0,
        Mine = 1,
    }

    /// <summary>One side's change: base paragraphs [BaseStart, BaseEnd) became <c>Inserted</c> paragraphs of that side.</summary>
    private sealed record Hunk(Side Side, int BaseStart, int BaseEnd, int Inserted)
    {
        public bool IsInsertion => BaseStart == BaseEnd;
    }

    private static IEnumerable<Hunk> Hunks(string @base, string side, Side which) =>
        Differ.Instance.CreateDiffs(@base, side, ignoreWhiteSpace: false, ignoreCase: false, ParagraphChunker.Instance).DiffBlocks
            .Select(d => new Hunk(which, d.DeleteStartA, d.DeleteStartA + d.DeleteCountA, d.InsertCountB));

    /// <summary>What one side has where the base has [lo, hi); moves that side's shift past the group.</summary>
    private static string[] SideOf(Side side, string[] pieces, int lo, int hi, List<Hunk> group, Dictionary<Side, int> shift)
    {
        var start = lo + shift[side];
        shift[side] += group.Where(h => h.Side == side).Sum(h => h.Inserted - (h.BaseEnd - h.BaseStart));
        return pieces[start..(hi + shift[side])];
    }

    private static MergeChunk Paragraph(string @base, string theirs, string mine) =>
        theirs == mine || theirs == @base ? new AgreedChunk([mine])
        : mine == @base ? new AgreedChunk([theirs])
        : new ConflictChunk([@base], [theirs], [mine]);

    private static void Add(List<MergeChunk> chunks, MergeChunk chunk)
    {
        if (chunk is not AgreedChunk { Paragraphs.Count: 0 })
        {
            chunks.Add(chunk);
        }
    }
}
