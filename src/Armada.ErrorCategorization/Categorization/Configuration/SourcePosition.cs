using YamlDotNet.Core;

namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>A one-based line and column in the YAML text.</summary>
internal readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition From(Mark mark) => new(Clamp(mark.Line), Clamp(mark.Column));

    public override string ToString() => $"line {Line}, column {Column}";

    private static int Clamp(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
