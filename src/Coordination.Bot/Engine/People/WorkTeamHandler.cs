using Coordination.Bot.Engine.Requests;
using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Coordination.Data;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine.People;

/// <summary>Work teams, which users call teams: <c>team &lt;name&gt; @a @b …</c> defines one, <c>coordinate … with &lt;team&gt;</c> asks it.</summary>
public sealed class WorkTeamHandler(CoordinationDbContext db, PeopleDirectory directory, Consent consent, AskHandler asks)
    : ICommandHandler<DefineTeamCommand>,
      ICommandHandler<AskTeamCommand>
{
    /// <summary>Defines the work team, or replaces its members.</summary>
    public async Task<Reply> HandleAsync(Session session, DefineTeamCommand command, CancellationToken cancellationToken)
    {
        var name = WorkTeam.Normalize(command.Name);
        if (name.Length == 0 || command.Members.Count == 0)
        {
            return Reply.Failure("Usage: `team <name> @person [@person …]`, e.g. `team backend @dana @lee`.");
        }

        var team = await FindAsync(session.Workspace, name, cancellationToken);
        if (team is null)
        {
            team = new WorkTeam(session.Workspace.Id, name);
            db.WorkTeams.Add(team);
        }

        var members = await directory.PeopleAsync(session.Workspace, command.Members, cancellationToken);
        if (RefusedMembership(session, team, members) is { } refused)
        {
            return refused;
        }

        team.SetMembers(members);
        return new Reply($"Team *{team.Name}*: {string.Join(", ", team.Members.Select(m => m.DisplayName))}. Ask them all with `coordinate <what> with the {team.Name} team`.");
    }

    /// <summary>One ask with each member of the work team as a stakeholder.</summary>
    public async Task<Reply> HandleAsync(Session session, AskTeamCommand command, CancellationToken cancellationToken)
    {
        var name = WorkTeam.Normalize(command.TeamName);
        if (await FindAsync(session.Workspace, name, cancellationToken) is not { Members.Count: > 0 } team)
        {
            return Reply.Failure($"There is no team *{name}* here yet: define it with `team {name} @person @person`.");
        }

        var members = team.Members.Select(m => new PersonRef(m.PlatformUserId, m.DisplayName)).ToList();
        return await asks.AskAsync(session, new AskCommand(command.Context, command.Title, members, command.Due), null, cancellationToken);
    }

    /// <summary>
    /// Adding someone else to a work team, or taking them off it, takes their consent: the first person whose membership
    /// would change and who the actor may not act on is refused.
    /// </summary>
    private Reply? RefusedMembership(Session session, WorkTeam team, List<Person> members)
    {
        var changed = members.Where(m => team.Members.All(t => t.Id != m.Id))
            .Concat(team.Members.Where(t => members.All(m => m.Id != t.Id)));
        return changed
            .Select(p => consent.Refused(session, p, $"add {p.DisplayName} to a team or take them off one"))
            .FirstOrDefault(r => r is not null);
    }

    private Task<WorkTeam?> FindAsync(Workspace workspace, string name, CancellationToken cancellationToken) =>
        db.WorkTeams.Include(t => t.Members).SingleOrDefaultAsync(t => t.WorkspaceId == workspace.Id && t.Name == name, cancellationToken);
}
