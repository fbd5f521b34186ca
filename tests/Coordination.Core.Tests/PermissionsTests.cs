using Coordination.Core.Chat;
using Coordination.Core.Requests;

namespace Coordination.Core.Tests;

public class PermissionsTests
{
    private readonly Team _team = new();

    [Fact]
    public void MayActOn_Themselves_Allowed()
    {
        Assert.True(Permissions.MayActOn(_team.Bob, _team.Bob));
    }

    [Fact]
    public void MayActOn_Stranger_Refused()
    {
        Assert.False(Permissions.MayActOn(_team.Dan, _team.Bob));
    }

    [Fact]
    public void MayActOn_CurrentLead_Allowed()
    {
        _team.Bob.SetLead(_team.Alice);

        Assert.True(Permissions.MayActOn(_team.Alice, _team.Bob));
    }

    [Fact]
    public void MayActOn_FormerLead_Refused()
    {
        _team.Bob.SetLead(_team.Alice);
        _team.Bob.SetLead(_team.Carol);

        Assert.False(Permissions.MayActOn(_team.Alice, _team.Bob));
    }

    [Fact]
    public void MayActOn_TheSubjectsReport_Refused()
    {
        _team.Bob.SetLead(_team.Alice);

        Assert.False(Permissions.MayActOn(_team.Bob, _team.Alice));
    }

    [Fact]
    public void MayActOn_RecordedWorkspaceAdmin_Allowed()
    {
        _team.Dan.SetWorkspaceAdmin(true);

        Assert.True(Permissions.MayActOn(_team.Dan, _team.Bob));
    }

    [Fact]
    public void MayActOn_AdminFlagCleared_Refused()
    {
        _team.Dan.SetWorkspaceAdmin(true);
        _team.Dan.SetWorkspaceAdmin(false);

        Assert.False(Permissions.MayActOn(_team.Dan, _team.Bob));
    }

    [Fact]
    public void MayActOn_AdminVouchedForByThePlatform_Allowed()
    {
        Assert.True(Permissions.MayActOn(_team.Dan, _team.Bob, actorIsAdmin: true));
    }

    [Fact]
    public void MayActOn_AdminOfAnotherWorkspace_Refused()
    {
        var elsewhere = new Person(new Workspace(ChatPlatform.Slack, "T-OTHER").Id, "U-EVE", "Eve");
        elsewhere.SetWorkspaceAdmin(true);

        Assert.False(Permissions.MayActOn(elsewhere, _team.Bob, actorIsAdmin: true));
    }

    [Fact]
    public void Refusal_SubjectWithALead_NamesThePersonTheirLeadAndAdmins()
    {
        _team.Bob.SetLead(_team.Alice);

        var text = Permissions.Refusal(_team.Bob, "set Bob's lead");

        Assert.Equal("Only Bob, their lead Alice or a workspace admin can set Bob's lead. Nothing was changed.", text);
    }

    [Fact]
    public void Refusal_SubjectWithoutALead_SaysTheirLead()
    {
        var text = Permissions.Refusal(_team.Bob, "set Bob's lead");

        Assert.Equal("Only Bob, their lead or a workspace admin can set Bob's lead. Nothing was changed.", text);
    }
}
