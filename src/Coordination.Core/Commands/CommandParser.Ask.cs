using System.Text.RegularExpressions;
using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary><c>ask @a [@b …] &lt;what&gt; [by &lt;date&gt;] [escalate @x] [default: &lt;what I'll do&gt;]</c>.</summary>
public static partial class CommandParser
{
    private const string DefaultWord = "default:";

    private static ChatCommand Ask(CommandInput input)
    {
        var (stakeholders, start) = input.LeadingPeople(1);
        if (AskPeopleProblem(input, stakeholders, start) is { } problem)
        {
            return problem;
        }

        var marker = DefaultMarker(input, start);
        if (marker >= 0 && input[marker].Length > DefaultWord.Length)
        {
            return Ask(new CommandInput(GluedDefaultPattern().Replace(input.Text, DefaultWord + " "), input.Context));
        }

        // The default (when there is one) ends the title; "by <date>" and "escalate @x" may follow the title or the default.
        var tail = marker >= 0 ? PeelDefault(input, marker) : new AskTail(input.Count, null, null);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        tail = PeelAskTail(input, start, tail);
        if (tail.Problem is not null)
        {
            return tail.Problem;
        }

        var title = input.Slice(start, tail.End);
        return title.Length switch
        {
            0 => input.Fail("ask", "`ask` needs what you are asking for after the people, like `/coord ask @dana review the spec`."),
            > MaxTitleLength => input.Fail("ask", $"That request is too long ({title.Length} characters): keep it under {MaxTitleLength} and put details in the thread."),
            _ => new AskCommand(input.Context, title, stakeholders, tail.Due, tail.EscalateTo, tail.Default),
        };
    }

    /// <summary>No one named after <c>ask</c>, or a typed "@name" among them.</summary>
    private static HelpCommand? AskPeopleProblem(CommandInput input, List<PersonRef> stakeholders, int start)
    {
        if (stakeholders.Count == 0)
        {
            return input.Count > 1 && IsPlainName(input[1])
                ? input.Fail("ask", PlainName(input[1]))
                : input.Fail("ask", "`ask` needs at least one person: start with their @-mention, like `/coord ask @dana review the spec`.");
        }

        return start < input.Count && IsPlainName(input[start]) ? input.Fail("ask", PlainName(input[start])) : null;
    }

    /// <summary>The words after <c>default:</c> at <paramref name="marker"/>, with a due date or escalation after them taken off.</summary>
    private static AskTail PeelDefault(CommandInput input, int marker)
    {
        var tail = PeelAskTail(input, marker + 1, new AskTail(input.Count, null, null));
        if (tail.Problem is not null)
        {
            return tail;
        }

        var fallback = input.Slice(marker + 1, tail.End);
        var problem = fallback.Length switch
        {
            0 => "Say what you will do if nobody answers after `default:`, like `default: ship with option A`.",
            > MaxTitleLength => $"That default is too long ({fallback.Length} characters): keep it under {MaxTitleLength}.",
            _ => null,
        };
        return problem is null ? tail with { End = marker, Default = fallback } : tail with { Problem = input.Fail("ask", problem) };
    }

    /// <summary>Where an ask's title ends, and what was read after it.</summary>
    private sealed record AskTail(int End, DueDate? Due, PersonRef? EscalateTo, HelpCommand? Problem = null, string? Default = null);

    /// <summary>Takes <c>escalate @x</c> and <c>by &lt;date&gt;</c>, in either order, off the end of the words from <paramref name="start"/> to <c>tail.End</c>.</summary>
    private static AskTail PeelAskTail(CommandInput input, int start, AskTail tail)
    {
        var (end, due, escalateTo) = (tail.End, tail.Due, tail.EscalateTo);
        for (var round = 0; round < 2; round++)
        {
            if (escalateTo is null && input.TrailingEscalation(start, end) is { } escalation)
            {
                (escalateTo, end) = (escalation.Person, escalation.Start);
            }
            else if (due is null && input.TrailingDueDate(start, end) is { } byDate)
            {
                (due, end) = (byDate.Due, byDate.Start);
            }
        }

        var plainEscalation = end - start >= 2 && IsPlainName(input[end - 1])
            && (input.Is(end - 2, "escalate") || input.Is(end - 2, "to") && input.Is(end - 3, "escalate"));
        var twice = tail.Due is not null && input.TrailingDueDate(start, end) is not null;
        return new AskTail(end, due, escalateTo, plainEscalation ? input.Fail("ask", PlainName(input[end - 1]))
            : twice ? input.Fail("ask", "That has two due dates: give one, before or after the `default:`.")
            : null, tail.Default);
    }

    /// <summary>The first word from <paramref name="start"/> that is (or starts with) <c>default:</c>, or -1.</summary>
    private static int DefaultMarker(CommandInput input, int start)
    {
        for (var i = start; i < input.Count; i++)
        {
            if (input[i].StartsWith(DefaultWord, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"(?<!\S)default:(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GluedDefaultPattern();
}
