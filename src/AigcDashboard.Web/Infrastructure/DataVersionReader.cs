using AigcDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Reads the database's data version for cached answers and views (see <see cref="DashboardCachePolicy"/>)
/// without a query per request: requests that ask while a read is running share the next read,
/// which starts after all of them asked, so none gets a version older than its own arrival (an
/// edit committed through another instance before a request came is always seen). At most one
/// read runs at a time.
/// </summary>
public sealed class DataVersionReader(Func<CancellationToken, Task<long>> read)
{
    private readonly Lock gate = new();
    private TaskCompletionSource<long>? waiting; // the next read's answer; that read has not started
    private bool reading;

    public DataVersionReader(IDbContextFactory<DashboardDbContext> contexts) : this(async ct =>
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.DataVersionAsync(ct);
    })
    { }

    public Task<long> ReadAsync(CancellationToken ct)
    {
        Task<long> answer;
        lock (gate)
        {
            waiting ??= new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            answer = waiting.Task;
            if (!reading)
            {
                reading = true;
                _ = Task.Run(ReadWhileAskedAsync, CancellationToken.None);
            }
        }
        return answer.WaitAsync(ct);
    }

    private async Task ReadWhileAskedAsync()
    {
        while (true)
        {
            TaskCompletionSource<long> batch;
            lock (gate)
            {
                if (waiting is null) { reading = false; return; }
                (batch, waiting) = (waiting, null);
            }
            try
            {
                // Not cancelled by any one request: others share it.
                batch.SetResult(await read(CancellationToken.None));
            }
            catch (Exception e)
            {
                batch.SetException(e);
            }
        }
    }
}
