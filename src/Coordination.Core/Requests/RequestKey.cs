namespace Coordination.Core.Requests;

/// <summary>The human key of a request, <c>CR-&lt;n&gt;</c>, unique within a workspace.</summary>
public static class RequestKey
{
    public const string Prefix = "CR-";

    public static string Format(int number) => NumberedKey.Format(Prefix, number);

    public static bool TryParse(string? text, out int number) => NumberedKey.TryParse(Prefix, text, out number);
}
