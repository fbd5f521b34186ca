using System.Globalization;
using Coordination.Core.Chat;
using Coordination.Core.Commands;
using static Coordination.Core.Tests.Instants;

namespace Coordination.Core.Tests.Commands;

public class FreeTextParserTests
{
    private static readonly CommandContext Context = new(ChatPlatform.Slack, "T1", new PersonRef("U0", "me"), new ThreadRef("C1", null));

    /// <summary>Wednesday 2026-01-07 10:00 in London: every due date below is shown as that person's wall clock.</summary>
    private static readonly DateTimeOffset Now = Utc(2026, 1, 7, 10);

    private const string London = "Europe/London";

    [Theory]
    // follow up with … on … by …
    [InlineData("follow up with <@U1|ann> and <@U2|bob> on the API spec by Friday", "ask U1 U2 “the API spec” due 2026-01-09 17:00")]
    [InlineData("Follow up with <@U1|ann> on the API spec by Friday.", "ask U1 “the API spec” due 2026-01-09 17:00")]
    [InlineData("FOLLOW UP WITH <@U1> ON THE SPEC BY FRIDAY", "ask U1 “THE SPEC” due 2026-01-09 17:00")]
    [InlineData("please follow up with <@U1> about the budget by tomorrow 5pm", "ask U1 “the budget” due 2026-01-08 17:00")]
    [InlineData("can you follow up with <@U1> regarding the launch plan by eod?", "ask U1 “the launch plan” due 2026-01-07 17:00")]
    [InlineData("Could you please follow up with <@U1>, <@U2> and <@U3> about the Q3 budget before next week", "ask U1 U2 U3 “the Q3 budget” due 2026-01-12 17:00")]
    [InlineData("hey, can you follow up with <@U1> on the API review by Friday? thanks!", "ask U1 “the API review” due 2026-01-09 17:00")]
    [InlineData("follow-up with <@U1> re: the pricing page by tomorrow at noon", "ask U1 “the pricing page” due 2026-01-08 12:00")]
    [InlineData("followup with <@U1> re the pricing page by Dec 3", "ask U1 “the pricing page” due 2026-12-03 17:00")]
    [InlineData("follow up with <@U1> & <@U2> on the rollout by 2026-02-01", "ask U1 U2 “the rollout” due 2026-02-01 17:00")]
    [InlineData("follow up with <@U1> on the rollout by the end of the week", "ask U1 “the rollout” due 2026-01-09 17:00")]
    [InlineData("follow up with <@U1> on the rollout by end of day", "ask U1 “the rollout” due 2026-01-07 17:00")]
    [InlineData("follow up with <@U1> on the rollout by EOD", "ask U1 “the rollout” due 2026-01-07 17:00")]
    [InlineData("follow up with <@U1> on the rollout by next Tuesday", "ask U1 “the rollout” due 2026-01-13 17:00")]
    [InlineData("follow up with <@U1> on the rollout by in 3 days", "ask U1 “the rollout” due 2026-01-10 17:00")]
    [InlineData("follow up with <@U1> on the rollout by December 3rd 9am", "ask U1 “the rollout” due 2026-12-03 09:00")]
    [InlineData("follow up with <@U1> on the rollout by 3 Dec", "ask U1 “the rollout” due 2026-12-03 17:00")]
    [InlineData("follow up with <@U1> on the rollout no later than Friday", "ask U1 “the rollout” due 2026-01-09 17:00")]
    [InlineData("follow up with <@U1> on the rollout, due by Friday", "ask U1 “the rollout” due 2026-01-09 17:00")]
    [InlineData("follow up with <@U1> on the spec", "ask U1 “the spec”")]
    [InlineData("follow up with <@U1> about the Monday release notes", "ask U1 “the Monday release notes”")]
    [InlineData("follow up with <@U1> by Friday on the spec", "ask U1 “the spec” due 2026-01-09 17:00")]
    [InlineData("follow up with <@U1> on whether we can ship by Friday", "ask U1 “whether we can ship” due 2026-01-09 17:00")]
    [InlineData("follow up with <@U1> about syncing with <@U2|bob> by Friday", "ask U1 “syncing with @bob” due 2026-01-09 17:00")]
    [InlineData("follow up with <@U1> on the spec by Friday escalate to <@L1|lee>", "ask U1 “the spec” due 2026-01-09 17:00 escalate L1")]
    [InlineData("follow up with <@U1> on the spec escalate <@L1> by Friday", "ask U1 “the spec” due 2026-01-09 17:00 escalate L1")]
    [InlineData("follow up with <@U1> on the spec by Friday, otherwise I'll ship it as is", "ask U1 “the spec” due 2026-01-09 17:00 default “ship it as is”")]
    [InlineData("follow up with <@U1> on the spec, if nobody answers we'll go with option A", "ask U1 “the spec” default “go with option A”")]
    [InlineData("follow up with <@U1> on the spec default: ship it", "ask U1 “the spec” default “ship it”")]
    [InlineData("follow up with <@U1> on the spec default: ship it by Friday", "ask U1 “the spec” due 2026-01-09 17:00 default “ship it”")]
    [InlineData("follow up on the spec with <@U1> by next week", "ask U1 “the spec” due 2026-01-12 17:00")]
    [InlineData("follow up about the budget with <@U1> and <@U2>", "ask U1 U2 “the budget”")]
    [InlineData("chase up the invoice with <@U1> by Friday", "ask U1 “the invoice” due 2026-01-09 17:00")]
    // other ways to say it
    [InlineData("check in with <@U1> about the hiring plan by 2026-12-03", "ask U1 “the hiring plan” due 2026-12-03 17:00")]
    [InlineData("check with <@U1> on the rota by thursday", "ask U1 “the rota” due 2026-01-08 17:00")]
    [InlineData("touch base with <@U1> about the offsite by Dec 3rd", "ask U1 “the offsite” due 2026-12-03 17:00")]
    [InlineData("ping <@U1> about the outage report by end of day", "ask U1 “the outage report” due 2026-01-07 17:00")]
    [InlineData("nudge <@U1> on the invoice by eod tomorrow", "ask U1 “the invoice” due 2026-01-08 17:00")]
    [InlineData("chase <@U1> for the numbers by monday", "ask U1 “the numbers” due 2026-01-12 17:00")]
    [InlineData("get <@U1> to sign off on the design by Friday", "ask U1 “sign off on the design” due 2026-01-09 17:00")]
    [InlineData("have <@U1> review the PR by 5pm", "ask U1 “review the PR” due 2026-01-07 17:00")]
    [InlineData("please ask <@U1> to review the spec by friday", "ask U1 “review the spec” due 2026-01-09 17:00")]
    [InlineData("can you ask <@U1> and <@U2> about the venue before Friday?", "ask U1 U2 “the venue” due 2026-01-09 17:00")]
    [InlineData("could you ask <@U1> for a security review by next week please", "ask U1 “a security review” due 2026-01-12 17:00")]
    [InlineData("ask <@U1> to review the spec", "ask U1 “review the spec”")]
    // coordinate … with a team or people
    [InlineData("coordinate the launch with the backend team by Friday", "team-ask backend “the launch” due 2026-01-09 17:00")]
    [InlineData("coordinate the launch with backend", "team-ask backend “the launch”")]
    [InlineData("coordinate the launch with @backend by Dec 3", "team-ask backend “the launch” due 2026-12-03 17:00")]
    [InlineData("Coordinate the launch with the Backend team.", "team-ask backend “the launch”")]
    [InlineData("co-ordinate the launch with the backend squad", "team-ask backend “the launch”")]
    [InlineData("please coordinate the offsite with the design folks by Dec 3", "team-ask design “the offsite” due 2026-12-03 17:00")]
    [InlineData("coordinate the migration with the platform-infra team by next friday", "team-ask platform-infra “the migration” due 2026-01-09 17:00")]
    [InlineData("coordinate the launch with <!subteam^S1|@backend> by tomorrow", "team-ask backend “the launch” due 2026-01-08 17:00")]
    [InlineData("coordinate with the backend team on the migration by next monday", "team-ask backend “the migration” due 2026-01-12 17:00")]
    [InlineData("coordinate with backend about the schema freeze", "team-ask backend “the schema freeze”")]
    [InlineData("can you coordinate the release notes with our docs team?", "team-ask docs “the release notes”")]
    [InlineData("coordinate the launch with <@U1> <@U2>", "ask U1 U2 “the launch”")]
    [InlineData("coordinate the launch with <@U1> and <@U2> by Friday", "ask U1 U2 “the launch” due 2026-01-09 17:00")]
    [InlineData("coordinate with <@U1> on the launch by Friday", "ask U1 “the launch” due 2026-01-09 17:00")]
    [InlineData("coordinate the launch with <@U1> by Friday escalate <@L1>", "ask U1 “the launch” due 2026-01-09 17:00 escalate L1")]
    [InlineData("sync with <@U1> about the roadmap by thursday", "ask U1 “the roadmap” due 2026-01-08 17:00")]
    [InlineData("set up a meeting with <@U1> and <@U2> by next week", "ask U1 U2 “a meeting” due 2026-01-12 17:00")]
    [InlineData("schedule a design review with <@U1>", "ask U1 “a design review”")]
    [InlineData("align on the API naming with the mobile team by Monday", "team-ask mobile “the API naming” due 2026-01-12 17:00")]
    [InlineData("organise the offsite with the ops team", "team-ask ops “the offsite”")]
    // remind … about … when
    [InlineData("remind <@U1> about the deck tomorrow", "ask U1 “the deck” due 2026-01-08 17:00")]
    [InlineData("Remind <@U1> about the deck tomorrow!", "ask U1 “the deck” due 2026-01-08 17:00")]
    [InlineData("remind <@U1> to send the deck on friday at 3pm", "ask U1 “send the deck” due 2026-01-09 15:00")]
    [InlineData("remind <@U1> tomorrow about the deck", "ask U1 “the deck” due 2026-01-08 17:00")]
    [InlineData("remind <@U1> on Friday to send the deck", "ask U1 “send the deck” due 2026-01-09 17:00")]
    [InlineData("remind <@U1> about the standup at 9:30am", "ask U1 “the standup” due 2026-01-07 09:30")]
    [InlineData("remind <@U1> and <@U2> that the deck is due by Friday", "ask U1 U2 “the deck is due” due 2026-01-09 17:00")]
    [InlineData("remind <@U1> of the retro next monday", "ask U1 “the retro” due 2026-01-12 17:00")]
    [InlineData("remind <@U1> to submit expenses in 2 hours", "ask U1 “submit expenses” due 2026-01-07 12:00")]
    [InlineData("remind <@U1> to submit expenses within 36h", "ask U1 “submit expenses” due 2026-01-08 22:00")]
    [InlineData("remind <@U1> about the retro Dec 3", "ask U1 “the retro” due 2026-12-03 17:00")]
    [InlineData("please remind <@U1> about the invoice by Friday", "ask U1 “the invoice” due 2026-01-09 17:00")]
    [InlineData("remind <@U1> about the retro", "ask U1 “the retro”")]
    // what's waiting
    [InlineData("what's waiting on me?", "list Waiting")]
    [InlineData("What's waiting on me", "list Waiting")]
    [InlineData("what’s waiting on me?", "list Waiting")]
    [InlineData("whats waiting on me", "list Waiting")]
    [InlineData("what is waiting for me", "list Waiting")]
    [InlineData("What is waiting for me?", "list Waiting")]
    [InlineData("what's still waiting on me?", "list Waiting")]
    [InlineData("what's waiting on me right now?", "list Waiting")]
    [InlineData("anything waiting on me?", "list Waiting")]
    [InlineData("is there anything waiting for me", "list Waiting")]
    [InlineData("what's pending for me", "list Waiting")]
    [InlineData("what's waiting for my answer?", "list Waiting")]
    [InlineData("who is waiting on me", "list Waiting")]
    [InlineData("what do I owe people?", "list Waiting")]
    [InlineData("what's on my plate", "list Waiting")]
    [InlineData("what am I waiting on?", "list Mine")]
    [InlineData("What am I waiting for", "list Mine")]
    [InlineData("what am i still waiting on", "list Mine")]
    [InlineData("who am I waiting on?", "list Mine")]
    [InlineData("who are we waiting on", "list Mine")]
    [InlineData("what have I asked for?", "list Mine")]
    [InlineData("show me my requests", "list Mine")]
    [InlineData("what's open?", "list All")]
    [InlineData("what's still open", "list All")]
    [InlineData("show me everything open", "list All")]
    [InlineData("please list waiting", "list Waiting")]
    [InlineData("can you list all?", "list All")]
    // who is blocking
    [InlineData("who is blocking CR-12?", "blocking 12")]
    [InlineData("Who's blocking cr-3", "blocking 3")]
    [InlineData("who’s blocking CR-3?", "blocking 3")]
    [InlineData("whos blocking CR-3", "blocking 3")]
    [InlineData("who is still blocking CR-3", "blocking 3")]
    [InlineData("who's holding up CR-7?", "blocking 7")]
    [InlineData("what is blocking CR-2?", "blocking 2")]
    [InlineData("what's blocking CR-2", "blocking 2")]
    [InlineData("What’s blocking #2?", "blocking 2")]
    [InlineData("who is blocking us on CR-3", "status 3")]
    [InlineData("who are we waiting on for CR-7", "status 7")]
    [InlineData("who hasn't answered CR-7?", "status 7")]
    [InlineData("what's the status of CR-7", "status 7")]
    [InlineData("where are we on CR-7?", "status 7")]
    [InlineData("any update on #7", "status 7")]
    [InlineData("please ack CR-3", "ack 3")]
    // we decided …
    [InlineData("we decided to use Postgres", "decide “use Postgres”")]
    [InlineData("We decided to use Postgres, <@U1|ann> will migrate the schema by Friday", "decide “use Postgres” next U1 “migrate the schema” due 2026-01-09 17:00")]
    [InlineData("we decided to use Postgres; <@U1> will migrate the schema; <@U2> will update the runbook by next week",
        "decide “use Postgres” next U1 “migrate the schema” next U2 “update the runbook” due 2026-01-12 17:00")]
    [InlineData("we decided to use Postgres, <@U1> will migrate the schema by Friday and <@U2> will update the runbook",
        "decide “use Postgres” next U1 “migrate the schema” due 2026-01-09 17:00 next U2 “update the runbook”")]
    [InlineData("We've decided: Postgres. <@U1> will migrate the schema by Friday.", "decide “Postgres” next U1 “migrate the schema” due 2026-01-09 17:00")]
    [InlineData("we have agreed that we ship on Monday; <@U1> to tell support; <@U2> to update the status page by sunday",
        "decide “we ship on Monday” next U1 “tell support” next U2 “update the status page” due 2026-01-11 17:00")]
    [InlineData("We agreed on option B because it is cheaper, and <@U2> will tell support", "decide “option B” because “it is cheaper” next U2 “tell support”")]
    [InlineData("we decided to ship, <@U1> and <@U2> will write the release notes by Friday",
        "decide “ship” next U1 “write the release notes” due 2026-01-09 17:00 next U2 “write the release notes” due 2026-01-09 17:00")]
    [InlineData("we decided to ship, <@U1> is going to tell support", "decide “ship” next U1 “tell support”")]
    [InlineData("we decided to ship and <@U1>'ll tell support by Friday", "decide “ship” next U1 “tell support” due 2026-01-09 17:00")]
    [InlineData("we decided to ship. next: <@U1> tell support", "decide “ship” next U1 “tell support”")]
    [InlineData("we decided to ship. Next steps: <@U1> tell support; <@U2> update docs by friday", "decide “ship” next U1 “tell support” next U2 “update docs” due 2026-01-09 17:00")]
    [InlineData("we decided to go with <@U1|ann>'s plan", "decide “go with @ann's plan”")]
    [InlineData("for CR-3 we decided to ship on Monday", "decide “ship on Monday” CR-3")]
    [InlineData("CR-3: we decided to ship", "decide “ship” CR-3")]
    [InlineData("we decided on CR-3: ship it", "decide “ship it” CR-3")]
    [InlineData("we decided to keep Postgres long-term because it works", "decide “keep Postgres long-term” long-term because “it works”")]
    [InlineData("we decided to keep Postgres --long-term", "decide “keep Postgres” long-term")]
    [InlineData("decision: ship it", "decide “ship it”")]
    [InlineData("Decided: ship it", "decide “ship it”")]
    [InlineData("the decision is to ship on Monday", "decide “ship on Monday”")]
    [InlineData("we decided", "decide “”")]
    [InlineData("please decide use Postgres", "decide “use Postgres”")]
    // away and back
    [InlineData("I'm away until Monday", "away until 2026-01-12 17:00")]
    [InlineData("I’m away until Monday.", "away until 2026-01-12 17:00")]
    [InlineData("im away until monday", "away until 2026-01-12 17:00")]
    [InlineData("I am out of office until Dec 3rd", "away until 2026-12-03 17:00")]
    [InlineData("out of office until 2026-12-03", "away until 2026-12-03 17:00")]
    [InlineData("Out of the office until Monday", "away until 2026-01-12 17:00")]
    [InlineData("OOO until next week", "away until 2026-01-12 17:00")]
    [InlineData("I'm OOO until next week, <@U1> is covering", "away until 2026-01-12 17:00 delegate U1")]
    [InlineData("I'll be on vacation until 2026-12-03, ask <@U1> instead", "away until 2026-12-03 17:00 delegate U1")]
    [InlineData("i'm on leave till friday and <@U1> covers for me", "away until 2026-01-09 17:00 delegate U1")]
    [InlineData("OOO till tuesday, delegate to <@U1>", "away until 2026-01-13 17:00 delegate U1")]
    [InlineData("I'm on holiday until Jan 19, contact <@U1>", "away until 2026-01-19 17:00 delegate U1")]
    [InlineData("I'm away until monday for a conference", "away until 2026-01-12 17:00")]
    [InlineData("I'm out, back on Monday", "away until 2026-01-12 17:00")]
    [InlineData("OOO, back Monday", "away until 2026-01-12 17:00")]
    [InlineData("I'm back", "back")]
    [InlineData("I'm back!", "back")]
    [InlineData("i am back", "back")]
    [InlineData("im back in the office", "back")]
    [InlineData("I'm back from vacation", "back")]
    [InlineData("I'm back now, thanks", "back")]
    // summaries
    [InlineData("sum up this thread", "summarize -")]
    [InlineData("give me a summary of CR-3", "summarize 3")]
    [InlineData("recap", "summarize -")]
    [InlineData("can you summarise this thread?", "summarize -")]
    // the morning summary's switch
    [InlineData("please summary off", "summary off")]
    [InlineData("summary on, thanks", "summary on")]
    public void Parse_Phrasing_ProducesTheCommand(string text, string expected)
    {
        var command = FreeTextParser.Parse(text, Context);

        Assert.NotNull(command);
        Assert.Equal(expected, Describe(command));
        Assert.Same(Context, command.Context);
    }

    [Theory]
    // people but no clear what
    [InlineData("follow up with <@U1|ann>", "ask U1 “follow up”", "You didn't say what about")]
    [InlineData("follow up with <@U1> and <@U2>", "ask U1 U2 “follow up”", "I'd ask <@U1> and <@U2>")]
    [InlineData("please follow up with <@U1|ann>!", "ask U1 “follow up”", "I'd ask @ann: “follow up”")]
    [InlineData("follow up with <@U1> by Friday", "ask U1 “follow up” due 2026-01-09 17:00", "due Friday")]
    [InlineData("follow up with <@U1> on friday", "ask U1 “follow up” due 2026-01-09 17:00", "You didn't say what about")]
    [InlineData("follow up with <@U1> about it", "ask U1 “it”", "I can't tell what “it” is")]
    [InlineData("follow up with <@U1> on this", "ask U1 “this”", "I can't tell what “this” is")]
    [InlineData("ping <@U1> about that by Friday", "ask U1 “that” due 2026-01-09 17:00", "I can't tell what “that” is")]
    [InlineData("remind <@U1>", "ask U1 “a reminder”", "You didn't say what about")]
    [InlineData("remind <@U1> tomorrow", "ask U1 “a reminder” due 2026-01-08 17:00", "due tomorrow")]
    [InlineData("coordinate with backend", "team-ask backend “coordinate”", "You didn't say what about")]
    [InlineData("coordinate with backend on it", "team-ask backend “it”", "I can't tell what “it” is")]
    [InlineData("coordinate with <@U1>", "ask U1 “coordinate”", "You didn't say what about")]
    // a date that could be part of the title
    [InlineData("follow up with <@U1> on the launch friday", "ask U1 “the launch” due 2026-01-09 17:00", "I took “friday” as the due date")]
    [InlineData("follow up with <@U1> about the meeting tomorrow", "ask U1 “the meeting” due 2026-01-08 17:00", "I took “tomorrow” as the due date")]
    [InlineData("follow up with <@U1> on the spec at 5pm", "ask U1 “the spec” due 2026-01-07 17:00", "I took “at 5pm” as the due date")]
    [InlineData("follow up with <@U1> about the offsite on Dec 3", "ask U1 “the offsite” due 2026-12-03 17:00", "I took “Dec 3” as the due date")]
    [InlineData("ask <@U1> to review the budget next week", "ask U1 “review the budget” due 2026-01-12 17:00", "I took “next week” as the due date")]
    [InlineData("coordinate the launch with backend friday", "team-ask backend “the launch” due 2026-01-09 17:00", "I took “friday” as the due date")]
    [InlineData("coordinate the launch with <@U1> on Monday", "ask U1 “the launch” due 2026-01-12 17:00", "I took “Monday” as the due date")]
    // a "by" I can't read
    [InlineData("follow up with <@U1> on the spec by the 3rd", "ask U1 “the spec by the 3rd”", "I can't read “the 3rd” as a date")]
    [InlineData("follow up with <@U1> on the spec by end of month", "ask U1 “the spec by end of month”", "I can't read “end of month” as a date")]
    [InlineData("coordinate the launch with backend by the 3rd", "team-ask backend “the launch”", "I can't read “the 3rd” as a date")]
    // decisions whose steps are unclear
    [InlineData("we decided to ship on Monday, <@U1> will announce it tomorrow", "decide “ship on Monday” next U1 “announce it” due 2026-01-08 17:00", "I'm not sure I read the next steps right")]
    [InlineData("we decided to ship, <@U1> the docs", "decide “ship” next U1 “the docs”", "<@U1> “the docs”")]
    [InlineData("we decided that <@U1> will lead the migration", "decide “<@U1> will lead the migration” next U1 “lead the migration”", "I couldn't tell the decision from its next steps")]
    // absences with loose ends
    [InlineData("I'm away until monday afternoon", "away until 2026-01-12 17:00", "I didn't follow `afternoon`")]
    [InlineData("I'm away until monday with <@U1|ann> in charge", "away until 2026-01-12 17:00 delegate U1", "@ann stands in for you?")]
    [InlineData("I'm back on Monday", "away until 2026-01-12 17:00", "You are away until Monday")]
    public void Parse_Uncertain_AsksToConfirmInsteadOfGuessing(string text, string proposed, string understood)
    {
        var confirm = Assert.IsType<ConfirmCommand>(FreeTextParser.Parse(text, Context));

        Assert.Equal(proposed, Describe(confirm.Proposed));
        Assert.Contains(understood, confirm.Understood, StringComparison.Ordinal);
        Assert.Same(Context, confirm.Context);
        Assert.Same(Context, confirm.Proposed.Context);
    }

    [Theory]
    [InlineData("follow up with bob on the spec", "ask", "I couldn't tell who `bob` is", "`ask @dana <what> by <date>`")]
    [InlineData("follow up with @bob on the spec", "ask", "I couldn't tell who `@bob` is", "`ask @bob <what> by <date>`")]
    [InlineData("follow up with <@U1> and bob on the spec", "ask", "I couldn't tell who `bob` is", "follow up with <@U1> and @dana on <what> by <date>")]
    [InlineData("follow up with <@U1> and @bob on the spec", "ask", "I couldn't tell who `@bob` is", "`ask <@U1> @bob <what> by <date>`")]
    [InlineData("follow up with the backend team on the spec", "ask", "To ask a whole team", "`coordinate <what> with backend`")]
    [InlineData("follow up with", "ask", "Who should I follow up with", "`ask @dana <what> by <date>`")]
    [InlineData("follow up on the spec", "ask", "Who should I follow up with?", "`follow up on the spec with @dana by Friday`")]
    [InlineData("follow up on the spec with bob", "ask", "Who should I follow up with?", "`ask @dana <what> by <date>`")]
    [InlineData("follow up with <@U1> on the spec escalate to @lee", "ask", "I couldn't tell who `@lee` is", "@-mention list")]
    [InlineData("ask bob to review the spec", "ask", "I couldn't tell who `bob` is", "`ask @dana <what> by <date>`")]
    [InlineData("coordinate the launch", "ask", "Coordinate with whom?", "`coordinate <what> with <team> by <date>`")]
    [InlineData("coordinate the launch with", "team", "Which team, or who?", "`coordinate <what> with backend`")]
    [InlineData("coordinate the launch with the team", "team", "Which team, or who?", "`team backend @dana @lee`")]
    [InlineData("coordinate the launch with them", "team", "Which team, or who?", "`coordinate <what> with backend`")]
    [InlineData("coordinate the launch with marketing and sales", "team", "A team's name is one word", "`coordinate <what> with marketing`")]
    [InlineData("coordinate the launch with <@U1> and the backend team", "ask", "a team or with people, not both", "`coordinate <what> with @dana @lee`")]
    [InlineData("coordinate the launch with @ann @bob", "ask", "I couldn't tell who `@ann` is", "@-mention list")]
    [InlineData("coordinate the launch with backend by Friday escalate <@L1>", "ask", "A team ask takes a date only", "escalate @morgan")]
    [InlineData("remind me to send the deck", "ask", "I don't remind you", "`ask @dana <what> by <date>`")]
    [InlineData("remind the team about the retro", "ask", "Who should I remind?", "`remind @dana about the deck tomorrow`")]
    [InlineData("remind @bob about the retro", "ask", "I couldn't tell who `@bob` is", "`remind @bob about <what> tomorrow`")]
    [InlineData("what's waiting on <@U1|ann>?", "list", "what is waiting on you", "`list waiting`")]
    [InlineData("what's waiting on bob", "list", "what is waiting on you", "`list all`")]
    [InlineData("who is blocking", "status", "Which request?", "`status CR-12`")]
    [InlineData("who is blocking the launch?", "status", "Which request?", "`who is blocking CR-12?`")]
    [InlineData("who is blocking CR-x", "status", "Which request?", "`status CR-12`")]
    [InlineData("what is blocking the launch?", "status", "Which request?", "`who is blocking CR-12?`")]
    [InlineData("where are we on the launch", "status", "Which request?", "`status CR-12`")]
    [InlineData("we decided to ship, <@U1> will", "decide", "What will <@U1> do?", "@lee will tell support by Friday")]
    [InlineData("I'm away", "away", "Did you mean `away until <date>`?", "`I'm away until Monday`")]
    [InlineData("I'm off tomorrow", "away", "Did you mean `away until <date>`?", "`I'm away until Monday`")]
    [InlineData("I'm out sick today", "away", "Did you mean `away until <date>`?", "`I'm away until Monday`")]
    [InlineData("I'm away until", "away", "Until when?", "`away until <date>`")]
    [InlineData("I'm away until whenever", "away", "I can't read `whenever` as a date", "`Dec 3`")]
    [InlineData("I'm away from Monday until Friday", "away", "I can only mark you away from now on", "`I'm away until <date>`")]
    [InlineData("I'm away until Monday, @ann covers", "away", "I couldn't tell who `@ann` is", "@-mention list")]
    [InlineData("I'm away until monday, <@U1> <@U2>", "away", "One person can stand in for you", "`away until <date> delegate @dana`")]
    [InlineData("summary of the launch", "summarize", "Did you mean `summarize`", "`summarize CR-12`")]
    [InlineData("not me, ask <@U2|bob>", "redirect", "To hand a request over, name it", "`redirect CR-12 @bob`")]
    public void Parse_Unreadable_NamesTheClosestValidForm(string text, string verb, string problem, string form)
    {
        var help = Assert.IsType<HelpCommand>(FreeTextParser.Parse(text, Context));

        Assert.Equal(verb, help.Verb);
        Assert.Contains(problem, help.Problem, StringComparison.Ordinal);
        Assert.Contains(form, help.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("xyzzy")]
    [InlineData("thanks!")]
    [InlineData("hi")]
    [InlineData("please")]
    [InlineData("I'm not sure")]
    [InlineData("agreed")]
    [InlineData("get the docs done")]
    [InlineData("have a look at this")]
    [InlineData("<@U1> review the spec")]
    [InlineData("@bob review the spec")]
    [InlineData("the launch is on Friday")]
    [InlineData("we should decide soon")]
    [InlineData("plan B is better")]
    [InlineData("schedule is tight this week")]
    [InlineData("sync later")]
    public void Parse_NotAPhrasingItKnows_ReturnsNull(string text)
    {
        Assert.Null(FreeTextParser.Parse(text, Context));
    }

    [Theory]
    [InlineData("follow up with <@U1> and <@U2> on the API spec by Friday", "ask U1 U2 “the API spec” due 2026-01-09 17:00")]
    [InlineData("what's waiting on me?", "list Waiting")]
    [InlineData("who is blocking CR-12?", "blocking 12")]
    [InlineData("I'm away until Monday", "away until 2026-01-12 17:00")]
    [InlineData("follow up with <@U1>", "confirm: ask U1 “follow up”")]
    [InlineData("please xyzzy", "help -: I don't know `xyzzy`.")]
    [InlineData("can you aks <@U1> to review", "help -: I don't know `aks`. Did you mean `ask`?")]
    [InlineData("xyzzy", "help -: I don't know `xyzzy`.")]
    [InlineData("thanks", "help -: I don't know `thanks`.")]
    [InlineData("<@U1> review the spec", "help -: Start with what to do: to ask someone, write `/coord ask @dana review the spec`.")]
    public void CommandParser_TextWithoutAVerb_GoesToFreeTextThenHelp(string text, string expected)
    {
        Assert.Equal(expected, Describe(CommandParser.Parse(text, Context)));
    }

    [Theory]
    [InlineData("ask <@U1> to review the spec next week", "ask U1 “to review the spec next week”")]
    [InlineData("ask <@U1>", "help ask: `ask` needs what you are asking for")]
    [InlineData("list waiting", "list Waiting")]
    public void CommandParser_TextWithAVerb_KeepsTheVerbsOwnReading(string text, string expected)
    {
        Assert.StartsWith(expected, Describe(CommandParser.Parse(text, Context)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SameText_GivesTheSameCommandEveryTime()
    {
        const string Text = "we decided to use Postgres; <@U1> will migrate the schema; <@U2> will update the runbook by next week";

        var first = Describe(FreeTextParser.Parse(Text, Context)!);

        Assert.All(Enumerable.Range(0, 20), _ => Assert.Equal(first, Describe(FreeTextParser.Parse(Text, Context)!)));
    }

    [Fact]
    public void Parse_RandomInput_NeverThrows()
    {
        var random = new Random(48);
        var pieces = new[]
        {
            "follow", "up", "with", "on", "about", "by", "coordinate", "remind", "me", "we", "decided", "I'm", "away", "until", "back", "what's",
            "waiting", "who", "is", "blocking", "CR-1", "<@U1>", "<@U2|b>", "@c", "team", "the", "fri", "5pm", "tomorrow", ",", ";", ".", "and",
            "default:", "otherwise", "I'll", "escalate", "next:", "?", "please", "<", ">", "é", "’",
        };

        for (var i = 0; i < 3000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 14)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(4) == 0 ? "" : " ")));

            _ = FreeTextParser.Parse(text, Context);
            Assert.NotNull(CommandParser.Parse(text, Context));
        }
    }

    private static string Describe(ChatCommand command) => command switch
    {
        AskCommand c => $"ask {string.Join(' ', c.Stakeholders.Select(p => p.PlatformUserId))} “{c.Title}”"
            + (c.Due is { } due ? $" due {Wall(due)}" : string.Empty)
            + (c.EscalateTo is { } to ? $" escalate {to.PlatformUserId}" : string.Empty)
            + (c.Default is { } fallback ? $" default “{fallback}”" : string.Empty),
        AskTeamCommand c => $"team-ask {c.TeamName} “{c.Title}”" + (c.Due is { } due ? $" due {Wall(due)}" : string.Empty),
        ListCommand c => $"list {c.Filter}",
        StatusCommand c => $"{(c.OneLine ? "blocking" : "status")} {c.RequestNumber}",
        AcknowledgeCommand c => $"ack {c.RequestNumber}",
        DecideCommand c => $"decide “{c.Text}”"
            + (c.RequestNumber is { } n ? $" CR-{n}" : string.Empty)
            + (c.LongTerm ? " long-term" : string.Empty)
            + (c.Rationale is { } why ? $" because “{why}”" : string.Empty)
            + string.Concat(c.NextSteps.Select(step => $" next {step.Owner.PlatformUserId} “{step.Action}”" + (step.Due is { } due ? $" due {Wall(due)}" : string.Empty))),
        AwayCommand c => $"away until {Wall(c.Until)}" + (c.Delegate is { } stand ? $" delegate {stand.PlatformUserId}" : string.Empty),
        BackCommand => "back",
        SummarizeCommand c => $"summarize {c.RequestNumber?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
        SetMorningSummaryCommand c => c.On ? "summary on" : "summary off",
        ConfirmCommand c => $"confirm: {Describe(c.Proposed)}",
        HelpCommand c => c.Problem is null ? $"help {c.Verb ?? "-"}" : $"help {c.Verb ?? "-"}: {c.Problem}",
        _ => command.GetType().Name,
    };

    private static string Wall(DueDate due) => WallClock(due.Resolve(Now, Zone(London)), London)[..^4];
}
