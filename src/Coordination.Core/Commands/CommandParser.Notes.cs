using Coordination.Core.Chat;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>The verbs about a thread's words: <c>summarize</c> and <c>notes</c>.</summary>
public static partial class CommandParser
{
    /// <summary><c>summarize [CR-n]</c>; <c>this thread</c> is the default.</summary>
    private static ChatCommand Summarize(CommandInput input)
    {
        var rest = input.Raw(1, input.Count).ToLowerInvariant();
        if (rest is "" or "this" or "thread" or "this thread" or "the thread")
        {
            return new SummarizeCommand(input.Context);
        }

        return input.Count == 2 && TryKey(input[1], out var number)
            ? new SummarizeCommand(input.Context, number)
            : input.Fail("summarize", $"`summarize` takes a request key at most, like `/coord summarize CR-12`; I don't know {Quote(input.Raw(1, input.Count))}.");
    }

    /// <summary><c>notes &lt;text&gt;</c>: the notes as written, mentions still in their <c>&lt;@ID|name&gt;</c> form.</summary>
    private static ChatCommand Notes(CommandInput input)
    {
        var notes = input.Raw(1, input.Count);
        return notes.Length == 0
            ? new OpenFormCommand(input.Context, ChatForms.Notes, new FormState(input.Context.Where))
            : new NotesCommand(input.Context, notes);
    }
}
