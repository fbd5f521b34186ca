using System.Globalization;

namespace Coordination.Core.Chat;

/// <summary>Reads a submitted field's value in the format its <see cref="FormFieldKind"/> submits.</summary>
public static class FormValues
{
    /// <summary>The format of a <see cref="FormFieldKind.Date"/> value.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>A <see cref="FormFieldKind.Date"/> value, or <c>null</c> when it is empty or not a date.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A date as a <see cref="FormFieldKind.Date"/> value.</summary>
    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The user ids of a <see cref="FormFieldKind.People"/> value (spaces or commas between them), each once, in order.</summary>
    public static IReadOnlyList<string> People(string? value) =>
        [.. (value ?? string.Empty).Split([' ', ',', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>Several user ids as one <see cref="FormFieldKind.People"/> value.</summary>
    public static string JoinPeople(IEnumerable<string> ids) => string.Join(' ', ids);
}
