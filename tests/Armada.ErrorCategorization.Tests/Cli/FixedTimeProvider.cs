namespace Armada.ErrorCategorization.Tests.Cli;

/// <summary>A clock that always reads <paramref name="now"/>, so event timestamps can be checked exactly.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
