using AigcDashboard.Web.Infrastructure;

namespace AigcDashboard.Web.Tests;

/// <summary>The data version read for many requests at once: shared, but never older than the request.</summary>
public class DataVersionReaderTests
{
    /// <summary>A stand-in database: each read waits until the test answers it.</summary>
    private sealed class Database
    {
        private readonly List<TaskCompletionSource<long>> reads = [];

        public Task<long> ReadAsync(CancellationToken _)
        {
            var read = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (reads) reads.Add(read);
            return read.Task;
        }

        public int Reads { get { lock (reads) return reads.Count; } }

        /// <summary>Waits for read number <paramref name="n"/> (from 1) to start, then answers it.</summary>
        public async Task AnswerAsync(int n, long version)
        {
            while (Reads < n) await Task.Delay(5);
            lock (reads) reads[n - 1].SetResult(version);
        }

        public async Task FailAsync(int n)
        {
            while (Reads < n) await Task.Delay(5);
            lock (reads) reads[n - 1].SetException(new InvalidOperationException("the database went away"));
        }
    }

    [Fact]
    public async Task A_request_that_comes_while_a_read_runs_waits_for_the_next_read()
    {
        var db = new Database();
        var reader = new DataVersionReader(db.ReadAsync);
        var first = reader.ReadAsync(default);
        while (db.Reads < 1) await Task.Delay(5); // the first read has started…
        var second = reader.ReadAsync(default);   // …so it may hold a version older than this request

        await db.AnswerAsync(1, 7);
        Assert.Equal(7, await first);
        Assert.False(second.IsCompleted);
        await db.AnswerAsync(2, 8);
        Assert.Equal(8, await second);
    }

    [Fact]
    public async Task Requests_that_come_during_one_read_share_the_next()
    {
        var db = new Database();
        var reader = new DataVersionReader(db.ReadAsync);
        var first = reader.ReadAsync(default);
        while (db.Reads < 1) await Task.Delay(5);
        var many = Enumerable.Range(0, 50).Select(_ => reader.ReadAsync(default)).ToList();

        await db.AnswerAsync(1, 1);
        await db.AnswerAsync(2, 2);
        Assert.All(await Task.WhenAll(many), v => Assert.Equal(2, v));
        Assert.Equal(2, db.Reads);
    }

    [Fact]
    public async Task A_failed_read_fails_its_requests_and_the_next_request_reads_again()
    {
        var db = new Database();
        var reader = new DataVersionReader(db.ReadAsync);
        var failing = reader.ReadAsync(default);
        await db.FailAsync(1);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        var next = reader.ReadAsync(default);
        await db.AnswerAsync(2, 3);
        Assert.Equal(3, await next);
    }
}
