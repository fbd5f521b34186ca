using static Coordination.Core.Commands.CommandWords;

namespace Coordination.Core.Commands;

/// <summary>
/// Reads plain English that does not start with a verb: <c>follow up with @a and @b on the spec by Friday</c>,
/// <c>coordinate the launch with the backend team</c>, <c>remind @x about the deck tomorrow</c>, <c>what's waiting on
/// me?</c>, <c>who is blocking CR-3?</c>, <c>we decided to ship, @x will tell support by Monday</c>, <c>I'm away until Dec
/// 3</c>, <c>I'm back</c>. Deterministic: the same words always give the same command. When a reading is plausible but
/// not certain (people but no clear request, a date that could be part of the title) it gives a
/// <see cref="ConfirmCommand"/> instead of guessing; when the words are recognisably one of these phrasings but cannot
/// be read, a <see cref="HelpCommand"/> naming the closest valid form; otherwise <c>null</c>.
/// </summary>
/// <remarks>
/// <para>
/// The message becomes a <see cref="Sentence"/> (politeness and closing punctuation gone), then each
/// <see cref="IIntentReader"/> in <see cref="Readers"/> tries it in turn; the first command wins. The order matters:
/// command verbs first, then phrasings that start with fixed words (hand-over, questions, decisions, absence,
/// summaries), then asks, whose verbs ("get", "have", "plan") are the most common words.
/// </para>
/// <para>
/// To add a phrasing: when it is another way to say something already understood ("circle back with", "on
/// sabbatical"), add a row to its table in <see cref="Phrases"/> and a test row in <c>FreeTextParserTests</c>;
/// <c>PhrasesTests</c> already checks that the row is unique and that a message starting with it reads as its intent.
/// When it is a new intent, write a class implementing <see cref="IIntentReader"/> that returns <c>null</c> for anything
/// else, put its words in <see cref="Phrases"/>, and insert it in <see cref="Readers"/> where it cannot take another
/// reader's messages.
/// </para>
/// </remarks>
public static class FreeTextParser
{
    private static readonly IIntentReader FollowUp = new FollowUpReader();

    /// <summary>The intent readers, in the order they are tried.</summary>
    private static readonly IIntentReader[] Readers =
    [
        new VerbReader(FollowUp),
        new ScheduleReader(),
        new HandOverReader(),
        new ListQueryReader(),
        new StatusQueryReader(),
        new DecisionReader(),
        new PresenceReader(),
        new SummaryReader(),
        FollowUp,
        new CoordinateReader(),
        new RemindReader(),
        new PoliteCommandReader(),
    ];

    public static ChatCommand? Parse(string text, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        if (text.Length > CommandParser.MaxTextLength)
        {
            return null;
        }

        var sentence = Sentence.Of(text, context);
        if (sentence.Count == 0 || IsPerson(sentence[sentence.From]))
        {
            return null;
        }

        foreach (var reader in Readers)
        {
            if (reader.TryRead(sentence) is { } command)
            {
                return command;
            }
        }

        return null;
    }
}
