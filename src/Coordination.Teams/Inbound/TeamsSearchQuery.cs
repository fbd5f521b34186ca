using System.Text.Json;

namespace Coordination.Teams.Inbound;

/// <summary>
/// An <c>application/search</c> invoke: what a card's typeahead input (<c>choices.data</c>, a <c>Data.Query</c>) asks
/// for as someone types: the <see cref="Dataset"/> it names, the text typed, and the page (<c>skip</c>, <c>top</c>).
/// </summary>
public sealed record TeamsSearchQuery(string Tenant, string Dataset, string Text, int Skip, int Top)
{
    public const string InvokeName = "application/search";

    /// <summary>The most results one answer gives, whatever <c>top</c> asks.</summary>
    public const int MaxTop = 25;

    /// <summary>The query, or <c>null</c> when the activity is not a search of that shape (or names no tenant).</summary>
    public static TeamsSearchQuery? Of(TeamsActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not { Type: TeamsActivity.Invoke, Name: InvokeName, TenantId: { Length: > 0 } tenant, Value: { ValueKind: JsonValueKind.Object } value }
            || Str(value, "dataset") is not { Length: > 0 } dataset)
        {
            return null;
        }

        var options = value.TryGetProperty("queryOptions", out var o) && o.ValueKind == JsonValueKind.Object ? o : default;
        return new TeamsSearchQuery(tenant, dataset, (Str(value, "queryText") ?? string.Empty).Trim(), Math.Max(0, Number(options, "skip") ?? 0), Math.Clamp(Number(options, "top") ?? 15, 1, MaxTop));
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number && p.TryGetInt32(out var n) ? n : null;
}
