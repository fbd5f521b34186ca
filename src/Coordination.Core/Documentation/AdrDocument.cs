using System.Globalization;
using System.Text;
using Coordination.Core.Chat;
using Coordination.Core.Decisions;
using Coordination.Core.Requests;

namespace Coordination.Core.Documentation;

/// <summary>
/// A decision as a Markdown architecture decision record in the MADR 4 layout: front matter (status, date,
/// decision-makers), the title, "Context and Problem Statement", "Considered Options" when the template named them,
/// "Decision Outcome" with its "Consequences" (the next steps, their owners and due dates), and a link back to the
/// thread. Every text in it was written by people, so what Markdown would read as HTML is escaped.
/// </summary>
/// <param name="Decision">The decision, with its next steps loaded.</param>
/// <param name="Settles">The request it settled, when there is one: its ask is the problem statement.</param>
/// <param name="ThreadLink">Where the decision was taken, when the platform gives the thread a link.</param>
public sealed record AdrDocument(Decision Decision, CoordinationRequest? Settles = null, Uri? ThreadLink = null)
{
    /// <summary>The longest title kept (longer ones end in "…").</summary>
    public const int MaxTitleLength = 100;

    /// <summary>The longest slug in a file name.</summary>
    public const int MaxSlugLength = 50;

    /// <summary>The folder the records live in, in a repository.</summary>
    public const string Folder = "docs/decisions";

    /// <summary>The title: the decision's first sentence on one line, without its closing full stop.</summary>
    public string Title => TitleOf(Decision.Text);

    /// <summary>The file name, <c>0004-use-postgres.md</c>: the decision's number and a slug of its title.</summary>
    public string FileName => FileNameFor(Decision.Number, Title);

    /// <summary>Where the file goes in a repository: <c>docs/decisions/0004-use-postgres.md</c>.</summary>
    public string RepositoryPath => $"{Folder}/{FileName}";

    public static string TitleOf(string text)
    {
        var line = DocumentText.OneLine(ChatText.WithoutDates(text ?? string.Empty));
        var sentence = DocumentText.FirstSentence(line).TrimEnd('.', ' ');
        return DocumentText.Truncate(sentence.Length == 0 ? "Decision" : sentence, MaxTitleLength);
    }

    /// <summary><c>0004-use-postgres.md</c> for decision 4 titled "Use Postgres".</summary>
    public static string FileNameFor(int number, string title) =>
        string.Create(CultureInfo.InvariantCulture, $"{number:0000}-{Slug(title)}.md");

    /// <summary>The title in lower-case ASCII letters and digits joined by hyphens ("decision" when nothing is left).</summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var c in (title ?? string.Empty).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        if (text.Length > MaxSlugLength)
        {
            var cut = text.LastIndexOf('-', MaxSlugLength);
            text = text[..(cut > 0 ? cut : MaxSlugLength)].Trim('-');
        }

        return text.Length == 0 ? "decision" : text;
    }

    /// <summary>The record as MADR 4 Markdown; lines end in <c>\n</c>.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        FrontMatter(text);
        text.Append("# ").Append(Markdown(Title)).Append("\n\n");
        text.Append("## Context and Problem Statement\n\n").Append(Context()).Append("\n\n");
        if (Options() is { Count: > 0 } options)
        {
            text.Append("## Considered Options\n\n");
            options.ForEach(option => text.Append("* ").Append(Markdown(option)).Append('\n'));
            text.Append('\n');
        }

        text.Append("## Decision Outcome\n\n").Append(Outcome()).Append("\n\n");
        text.Append("### Consequences\n\n");
        Consequences(text);
        text.Append("\n## More Information\n\n").Append(Origin()).Append('\n');
        return text.ToString();
    }

    /// <summary>Text a person wrote, safe in Markdown: one line, HTML's <c>&amp; &lt; &gt;</c> as entities, no line-leading block marker.</summary>
    public static string Markdown(string? text)
    {
        var line = DocumentText.OneLine(ChatText.WithoutDates(text ?? string.Empty))
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        return line.Length > 0 && "#-+*=|`~[!".Contains(line[0], StringComparison.Ordinal) ? "\\" + line : line;
    }

    private void FrontMatter(StringBuilder text)
    {
        var makers = new[] { Decision.DecidedBy, Decision.Owner }.OfType<Person>().DistinctBy(p => p.Id).Select(p => p.DisplayName);
        text.Append("---\n")
            .Append("status: \"accepted\"\n")
            .Append("date: ").Append(Decision.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("decision-makers: ").Append(Yaml(string.Join(", ", makers))).Append('\n')
            .Append("---\n\n");
    }

    private static string Yaml(string value)
    {
        var line = DocumentText.OneLine(value).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"\"{line}\"";
    }

    private string Context() => Settles is { } request
        ? $"{request.Key}, asked by {Markdown(request.Requester.DisplayName)}: {Markdown(request.Title)}"
        : $"Decided in the chat as {Decision.Key}; no coordination request was recorded before it.";

    private List<string> Options() =>
        Decision.OptionsConsidered is not { } options
            ? []
            : [.. options.Split(['\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(option => option.TrimStart('-', '*', '•', ' '))
                .Where(option => option.Length > 0)];

    private string Outcome()
    {
        var chosen = $"Chosen option: \"{Markdown(Decision.Text)}\"";
        return Decision.Rationale is { } why ? $"{chosen}, because {Markdown(why)}" : chosen + ".";
    }

    private void Consequences(StringBuilder text)
    {
        if (Decision.NextSteps.Count == 0)
        {
            text.Append("* No next step was recorded yet.\n");
            return;
        }

        foreach (var step in Decision.NextSteps.OrderBy(r => r.Number))
        {
            var owners = string.Join(", ", step.OpenStakeholders().Select(s => Markdown(s.Person.DisplayName)));
            var due = step.DueAt is { } at ? "due " + at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "no due date";
            text.Append("* ").Append(step.Key).Append(' ').Append(Markdown(step.Title))
                .Append(" (").Append(owners.Length == 0 ? "no owner" : owners).Append(", ").Append(due)
                .Append(", ").Append(step.Status.ToString().ToLowerInvariant()).Append(")\n");
        }
    }

    private string Origin()
    {
        var who = Markdown(Decision.DecidedBy.DisplayName);
        var when = Decision.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var where = ThreadLink is { } link ? $"[in the thread]({link.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)})" : "in the chat";
        return $"{Decision.Key} was recorded by {who} on {when} {where}.";
    }
}
