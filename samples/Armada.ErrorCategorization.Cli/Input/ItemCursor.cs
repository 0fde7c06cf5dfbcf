using System.Text.Json;

namespace Armada.ErrorCategorization.Cli.Input;

/// <summary>
/// A position inside a JSON array, kept between reads: the byte offset and the reader state there,
/// which carries the depth and the line number. <see cref="Utf8JsonReader"/> is a ref struct and
/// cannot live across the <c>yield</c> of an iterator, so a new reader resumes from this each time.
/// </summary>
internal sealed class ItemCursor(int offset, JsonReaderState state)
{
    /// <summary>The current position.</summary>
    public (int Offset, JsonReaderState State) Position { get; private set; } = (offset, state);

    /// <summary>Creates a reader over <paramref name="json"/> that resumes at the current position.</summary>
    public Utf8JsonReader CreateReader(ReadOnlySpan<byte> json) =>
        new(json[Position.Offset..], isFinalBlock: true, Position.State);

    /// <summary>Moves past what <paramref name="reader"/>, created at <paramref name="start"/>, has consumed.</summary>
    public void MoveTo((int Offset, JsonReaderState State) start, Utf8JsonReader reader) =>
        Position = (start.Offset + checked((int)reader.BytesConsumed), reader.CurrentState);
}
