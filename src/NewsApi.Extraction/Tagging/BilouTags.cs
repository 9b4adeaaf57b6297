using NewsApi.Extraction.Entities;

namespace NewsApi.Extraction.Tagging;

/// <summary>
/// The tag set: O, then Begin, Inside, Last and Unit for each entity type (BILOU), as small integers.
/// Tag 1 + 4 * type + position, types numbered in <see cref="EntityType"/> order, labelled as <see cref="EntityTypes"/> says.
/// </summary>
internal static class BilouTags
{
    public const int Outside = 0;
    public const int Count = 1 + (4 * TypeCount);
    private const int TypeCount = EntityTypes.Count;
    private static readonly string[] TypeCodes = [.. EntityTypes.All.Select(type => type.TaggerLabel)];
    private static readonly string[] PositionCodes = ["B", "I", "L", "U"];
    private static readonly bool[] FollowsTable = [.. Enumerable.Range(0, Count * Count).Select(pair => CanFollow(pair / Count, pair % Count))];
    private static readonly int[][] PredecessorTable =
        [.. Enumerable.Range(0, Count).Select(next => Enumerable.Range(0, Count).Where(previous => CanFollow(previous, next)).ToArray())];

    public static int Tag(EntityType type, TagPosition position) => 1 + (4 * (int)type) + (int)position;

    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) / 4);

    public static TagPosition PositionOf(int tag) => (TagPosition)((tag - 1) % 4);

    /// <summary>A type's tagger label ("PER", "ORG", "LOC") as the corpora write it.</summary>
    public static bool TryParseType(ReadOnlySpan<char> code, out EntityType type)
    {
        for (var index = 0; index < TypeCodes.Length; index++)
        {
            if (code.SequenceEqual(TypeCodes[index]))
            {
                type = (EntityType)index;
                return true;
            }
        }

        type = default;
        return false;
    }

    public static string Name(int tag) =>
        tag == Outside ? "O" : $"{PositionCodes[(int)PositionOf(tag)]}-{TypeCodes[(int)TypeOf(tag)]}";

    /// <summary>BILOU tags from each token's entity type (as an int, -1 outside a name) and whether a name begins at it.</summary>
    public static int[] FromTypes(ReadOnlySpan<int> types, ReadOnlySpan<bool> begins)
    {
        var tags = new int[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            if (types[i] < 0) continue;
            var starts = begins[i] || i == 0 || types[i - 1] != types[i];
            var continues = i + 1 < types.Length && types[i + 1] == types[i] && !begins[i + 1];
            var position = (starts, continues) switch
            {
                (true, true) => TagPosition.Begin,
                (true, false) => TagPosition.Unit,
                (false, true) => TagPosition.Inside,
                (false, false) => TagPosition.Last,
            };
            tags[i] = Tag((EntityType)types[i], position);
        }

        return tags;
    }

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (<see cref="Outside"/> at a sentence start).</summary>
    public static bool CanFollow(int previous, int next)
    {
        var inside = previous != Outside && PositionOf(previous) is TagPosition.Begin or TagPosition.Inside;
        if (!inside) return next == Outside || PositionOf(next) is TagPosition.Begin or TagPosition.Unit;
        return next != Outside && TypeOf(next) == TypeOf(previous) && PositionOf(next) is TagPosition.Inside or TagPosition.Last;
    }

    /// <summary>Whether a sentence may end with <paramref name="tag"/>: not in the middle of a name.</summary>
    public static bool CanEnd(int tag) => tag == Outside || PositionOf(tag) is TagPosition.Last or TagPosition.Unit;

    /// <summary><see cref="CanFollow"/> as a table, at [previous * <see cref="Count"/> + next], for the decoder's inner loops.</summary>
    public static ReadOnlySpan<bool> Follows => FollowsTable;

    /// <summary>The tags <paramref name="next"/> may follow, in ascending order: 7 for O, B and U, 2 for I and L, instead of all 13.</summary>
    public static ReadOnlySpan<int> PredecessorsOf(int next) => PredecessorTable[next];

    /// <summary>The best-scoring tag that may follow <paramref name="previous"/> (and end the sentence, when it must).</summary>
    public static int BestAllowed(ReadOnlySpan<float> scores, int previous, bool isLast)
    {
        var (best, bestScore) = (-1, float.NegativeInfinity);
        for (var tag = 0; tag < Count; tag++)
        {
            if (!CanFollow(previous, tag) || (isLast && !CanEnd(tag))) continue;
            if (best < 0 || scores[tag] > bestScore) (best, bestScore) = (tag, scores[tag]);
        }

        return best;
    }
}

internal enum TagPosition
{
    Begin,
    Inside,
    Last,
    Unit,
}
