using Coordination.Core.Chat;
using Coordination.Core.Commands;

namespace Coordination.Core.Tests.Commands;

public sealed class NamedPeopleTests
{
    private static readonly Mention[] People =
    [
        new("U1", "Dana Lee"), new("U2", "Lee Park"), new("U3", "Sam"), new("U4", "Sam Ortiz"), new("U5", "Alex Kim"), new("U6", "Alex Wu"), new("U7", "jo.smith"),
    ];

    [Theory]
    [InlineData("@Dana Lee migrate the schema", "<@U1|Dana Lee> migrate the schema")]
    [InlineData("@dana migrate the schema", "<@U1|Dana Lee> migrate the schema")]
    [InlineData("@DanaLee migrate", "<@U1|Dana Lee> migrate")]
    [InlineData("@Lee Park and @dana review", "<@U2|Lee Park> and <@U1|Dana Lee> review")]
    [InlineData("@Sam review", "<@U3|Sam> review")]
    [InlineData("@Sam Ortiz review", "<@U4|Sam Ortiz> review")]
    [InlineData("@jo.smith review", "<@U7|jo.smith> review")]
    [InlineData("@alex review", "@alex review")]
    [InlineData("@nobody review", "@nobody review")]
    [InlineData("<@U9|Dana> stays", "<@U9|Dana> stays")]
    [InlineData("mail dana@example.com", "mail dana@example.com")]
    [InlineData("@Dana Migrate the schema", "<@U1|Dana Lee> Migrate the schema")]
    public void Resolve_PlainNames_BecomeMentionsOfTheOnePersonTheyFit(string text, string expected) =>
        Assert.Equal(expected, NamedPeople.Resolve(text, People));

    [Theory]
    [InlineData("@dana do it", true)]
    [InlineData("<@U1> do it", false)]
    [InlineData("no names", false)]
    public void HasPlainNames_OnlyForAtNamesOutsideMentions(string text, bool expected) => Assert.Equal(expected, NamedPeople.HasPlainNames(text));
}
