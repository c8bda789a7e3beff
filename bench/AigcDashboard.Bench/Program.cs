using AigcDashboard.Bench;

// bench generate <database-file> [events] [rounds] [organizations] [seed]
// bench browser <base-url>
// bench screenshots <base-url> <folder>
// bench circuits <base-url> <server-pid> [pages] [view,view,...]
return args switch
{
    ["generate", var path, .. var rest] => await Generator.RunAsync(path,
        rest.Length > 0 ? int.Parse(rest[0]) : 100_000, rest.Length > 1 ? int.Parse(rest[1]) : 20_000,
        rest.Length > 2 ? int.Parse(rest[2]) : 5_000, rest.Length > 3 ? int.Parse(rest[3]) : 42),
    ["browser", var baseUrl] => await BrowserTimer.RunAsync(baseUrl),
    ["screenshots", var baseUrl, var folder] => await Screenshots.RunAsync(baseUrl, folder),
    ["circuits", var baseUrl, var pid, .. var more] => await CircuitMemory.RunAsync(baseUrl, int.Parse(pid), more.Length > 0 ? int.Parse(more[0]) : 20, more.Length > 1 ? more[1].Split(',') : null),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: bench generate <db> [events rounds organizations seed] | bench browser <base-url> | bench screenshots <base-url> <folder> | bench circuits <base-url> <pid> [pages] [view,view,...]");
    return 2;
}
