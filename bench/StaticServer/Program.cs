using Microsoft.Extensions.FileProviders;

// Usage: StaticServer <folder> --urls http://127.0.0.1:PORT
var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var files = new PhysicalFileProvider(Path.GetFullPath(args[0]));
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
app.Run();
