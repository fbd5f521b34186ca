namespace Coordination.Core.Chat;

/// <summary>Several things named in one sentence, as a person writes them.</summary>
public static class Listing
{
    /// <summary>"a", "a and b", "a, b and c"; empty for none.</summary>
    public static string And(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }
}
