namespace Coordination.Core.Commands;

/// <summary>The help text: every verb with its syntax and an example.</summary>
public static class CommandUsage
{
    /// <summary>Usage of one verb, or of all of them when <paramref name="verb"/> is null or unknown.</summary>
    public static string For(string? verb) => "Usage: `/coord help`";
}
