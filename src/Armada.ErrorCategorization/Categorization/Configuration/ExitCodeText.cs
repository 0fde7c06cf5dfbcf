using System.Globalization;

namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// Parses an exit code written in a config: a decimal int32 with an optional sign, quoted or not.
/// Armada's config loader accepts the quoted form too, because it converts strings to numbers.
/// </summary>
internal static class ExitCodeText
{
    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <param name="text">The scalar's text.</param>
    /// <param name="exitCode">The exit code when the text is valid.</param>
    /// <param name="problem">What is wrong and how to fix it when the text is invalid.</param>
    /// <returns>Whether the text is a valid exit code.</returns>
    public static bool TryParse(string text, out int exitCode, out string problem)
    {
        exitCode = 0;
        problem = string.Empty;

        var digits = text.AsSpan();
        if (digits.Length > 0 && digits[0] is '+' or '-')
        {
            digits = digits[1..];
        }

        if (digits.Length == 0 || !IsAsciiDigits(digits))
        {
            problem = "expected a decimal integer such as 137";
            return false;
        }

        // Go's yaml.v3, which Armada uses, reads 0137 as octal 95, while YAML 1.2 readers read it as
        // decimal 137. Rejecting it avoids guessing which one the author meant.
        if (digits.Length > 1 && digits[0] == '0')
        {
            problem = "leading zeros are not accepted because YAML readers disagree on whether they mean octal; write the number without them";
            return false;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exitCode))
        {
            problem = $"out of range: exit codes are 32-bit signed integers, from {int.MinValue} to {int.MaxValue}";
            return false;
        }

        return true;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
