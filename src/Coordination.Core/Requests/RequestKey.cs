using System.Globalization;

namespace Coordination.Core.Requests;

/// <summary>The human key of a request, <c>CR-&lt;n&gt;</c>, unique within a workspace.</summary>
public static class RequestKey
{
    public const string Prefix = "CR-";

    public static string Format(int number) => Prefix + number.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out int number)
    {
        number = 0;
        var trimmed = text?.Trim();
        return trimmed is not null
            && trimmed.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            && int.TryParse(trimmed.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }
}
