Console.Error.WriteLine("armada-classify: not built yet");
return 2;
