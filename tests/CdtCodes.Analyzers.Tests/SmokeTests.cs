namespace CdtCodes.Tests;

public class SmokeTests
{
    [Fact]
    public void Project_builds_and_runs() => Assert.True(true);
}
