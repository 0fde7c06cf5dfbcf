using Armada.ErrorCategorization.Cli;

return ClassifyCommand.Run(args, Console.In, Console.Out, Console.Error, CliContext.FromConsole());
