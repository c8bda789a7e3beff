using Microsoft.AspNetCore.Components.Server.Circuits;

namespace AigcDashboard.Web.Infrastructure;

/// <summary>
/// Whether this circuit's browser is connected now. A circuit outlives a lost connection for a
/// while (so a reconnect finds it); in that time what the page starts by itself, such as the
/// presentation's next slide, waits: a navigation without a browser fails and ends the circuit.
/// </summary>
public sealed class CircuitConnection : CircuitHandler
{
    public bool Connected { get; private set; } = true;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Connected = false;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Connected = true;
        return Task.CompletedTask;
    }
}
