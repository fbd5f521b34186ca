using Coordination.Core.Commands;
using Coordination.Core.Requests;
using Microsoft.EntityFrameworkCore;

namespace Coordination.Bot.Engine;

public sealed partial class CommandHandler
{
    /// <summary><c>team &lt;name&gt; @a @b …</c>: defines the team, or replaces its members.</summary>
    private async Task<Reply> DefineTeamAsync(Session session, DefineTeamCommand command, CancellationToken cancellationToken)
    {
        var name = WorkTeam.Normalize(command.Name);
        if (name.Length == 0 || command.Members.Count == 0)
        {
            return Reply.Failure("Usage: `team <name> @person [@person …]`, e.g. `team backend @dana @lee`.");
        }

        var team = await TeamAsync(session.Workspace, name, cancellationToken);
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

    /// <summary>
    /// Adding someone else to a team, or taking them off it, takes their consent: the first person whose membership would
    /// change and who the actor may not act on is refused.
    /// </summary>
    private Reply? RefusedMembership(Session session, WorkTeam team, List<Person> members)
    {
        var changed = members.Where(m => team.Members.All(t => t.Id != m.Id))
            .Concat(team.Members.Where(t => members.All(m => m.Id != t.Id)));
        return changed
            .Select(p => RefusedOn(session, p, $"add {p.DisplayName} to a team or take them off one"))
            .FirstOrDefault(r => r is not null);
    }

    /// <summary><c>coordinate &lt;what&gt; with &lt;team&gt;</c>: one ask with each member of the team as a stakeholder.</summary>
    private async Task<Reply> AskTeamAsync(Session session, AskTeamCommand command, CancellationToken cancellationToken)
    {
        if (await TeamAsync(session.Workspace, WorkTeam.Normalize(command.TeamName), cancellationToken) is not { Members.Count: > 0 } team)
        {
            return Reply.Failure($"There is no team *{WorkTeam.Normalize(command.TeamName)}* here yet: define it with `team {WorkTeam.Normalize(command.TeamName)} @person @person`.");
        }

        var members = team.Members.Select(m => new PersonRef(m.PlatformUserId, m.DisplayName)).ToList();
        return await AskAsync(session, new AskCommand(command.Context, command.Title, members, command.Due), null, cancellationToken);
    }

    private Task<WorkTeam?> TeamAsync(Workspace workspace, string name, CancellationToken cancellationToken) =>
        db.WorkTeams.Include(t => t.Members).SingleOrDefaultAsync(t => t.WorkspaceId == workspace.Id && t.Name == name, cancellationToken);
}
