namespace Armada.ErrorCategorization.ErrorMatch.Re2;

/// <summary>The zero-width assertions of RE2.</summary>
internal enum AssertionKind
{
    /// <summary><c>\A</c>, or <c>^</c> without <c>(?m)</c>.</summary>
    BeginText,

    /// <summary><c>\z</c>, or <c>$</c> without <c>(?m)</c>.</summary>
    EndText,

    /// <summary><c>^</c> with <c>(?m)</c>: at the start of the text or after a <c>\n</c>.</summary>
    BeginLine,

    /// <summary><c>$</c> with <c>(?m)</c>: at the end of the text or before a <c>\n</c>.</summary>
    EndLine,

    /// <summary><c>\b</c>.</summary>
    WordBoundary,

    /// <summary><c>\B</c>.</summary>
    NoWordBoundary,
}
