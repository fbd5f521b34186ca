using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

/// <summary>
/// Pasted meeting notes (what follows <c>notes</c>) read as a thread: each non-blank line one message by the person who
/// pasted them, so the same summariser turns them into a record. Headings with list lines under them work here as in a
/// thread (<c>Decisions:</c> then <c>- use Postgres</c>), and as the notes have one author, a later "yes" or decision in
/// them answers a question.
/// </summary>
public static class MeetingNotes
{
    public static ThreadMessage[] FromNotes(string text, PersonRef author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(author);
        return
        [
            .. (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0)
                .Select(line => new ThreadMessage(author.PlatformUserId, author.DisplayName ?? string.Empty, line, at)),
        ];
    }

    /// <summary>The record of pasted notes, by <paramref name="summarizer"/>.</summary>
    public static DecisionRecord SummarizeNotes(
        this IThreadSummarizer summarizer, string text, PersonRef author, DateTimeOffset at, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(summarizer);
        return summarizer.Summarize(FromNotes(text, author, at), title);
    }
}
