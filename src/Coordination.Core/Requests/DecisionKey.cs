namespace Coordination.Core.Requests;

/// <summary>The human key of a decision, <c>D-&lt;n&gt;</c>, unique within a workspace.</summary>
public static class DecisionKey
{
    public const string Prefix = "D-";

    public static string Format(int number) => NumberedKey.Format(Prefix, number);

    public static bool TryParse(string? text, out int number) => NumberedKey.TryParse(Prefix, text, out number);
}
