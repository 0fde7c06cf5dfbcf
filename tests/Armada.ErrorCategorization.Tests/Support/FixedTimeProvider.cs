namespace Armada.ErrorCategorization.Tests.Support;

/// <summary>A clock that always returns the instant it was created with, so tests can pin event timestamps.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
