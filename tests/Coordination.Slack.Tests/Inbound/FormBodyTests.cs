using System.Text;
using Coordination.Slack.Inbound;

namespace Coordination.Slack.Tests.Inbound;

public sealed class FormBodyTests
{
    [Fact]
    public void Parse_EncodedFields_DecodesPlusAndPercentEscapes()
    {
        var form = FormBody.Parse(Encoding.UTF8.GetBytes("text=ask+%3C%40U1%3E+r%C3%A9sum%C3%A9&empty=&bare"));

        Assert.Equal(["ask <@U1> résumé"], form["text"]);
        Assert.Equal([string.Empty], form["empty"]);
        Assert.Equal([string.Empty], form["bare"]);
    }

    [Fact]
    public void Parse_RepeatedFieldInAnyCase_KeepsEveryValueInOrder()
    {
        var form = FormBody.Parse(Encoding.UTF8.GetBytes("user_id=U1&USER_ID=U2"));

        Assert.Equal(["U1", "U2"], form["user_id"]);
    }

    [Fact]
    public void Parse_ValueWithEqualsSign_SplitsAtTheFirstOnly()
    {
        var form = FormBody.Parse(Encoding.UTF8.GetBytes("payload=a=b&&"));

        Assert.Equal(["a=b"], Assert.Single(form).Value);
    }
}
