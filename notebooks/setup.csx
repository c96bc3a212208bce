// Loads the project's built library into a C# notebook session and registers its display formatters.
// Used by every notebook as `#load "setup.csx"`, both in VS Code's Polyglot C# kernel and in the headless runner
// (`deep-clustering run`). Build once first: `dotnet build DeepClustering.slnx -c Release` (the README's main
// command does it for you). The Display project's output folder holds the library and all of its dependencies.
// No FSharp.Core or Plotly.NET here: the kernel holds its own FSharp.Core, so the charts' Plotly.NET runs in an isolated
// load context (lib/DeepClustering.Display/Plotly) and only plotly figure JSON reaches the notebook.
#r "../lib/DeepClustering.Display/bin/Release/net10.0/TorchSharp.dll"
#r "../lib/DeepClustering.Display/bin/Release/net10.0/Microsoft.Data.Analysis.dll"
#r "../lib/DeepClustering.Display/bin/Release/net10.0/DeepClustering.dll"
#r "../lib/DeepClustering.Display/bin/Release/net10.0/DeepClustering.Platform.dll"
#r "../lib/DeepClustering.Display/bin/Release/net10.0/DeepClustering.Reproductions.dll"
#r "../lib/DeepClustering.Display/bin/Release/net10.0/DeepClustering.Display.dll"

// TorchSharp's natives need a one-time fix on systems whose libstdc++ is older than libtorch's (see README).
DeepClustering.Platform.TorchRuntime.EnsureInitialized();
// Charts, DataFrames, tensors and image grids display through Microsoft.DotNet.Interactive.Formatting's Formatter.
DeepClustering.Display.NotebookDisplay.Register();
