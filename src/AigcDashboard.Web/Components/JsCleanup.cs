using Microsoft.JSInterop;

namespace AigcDashboard.Web.Components;

/// <summary>
/// How a component lets go of its JS module when it goes. When the page itself is going (a
/// reload, another language, a closed tab) the browser cannot answer: Blazor fails the call with
/// <see cref="JSDisconnectedException"/>, or cancels it when the circuit ends while the call is on
/// its way. Neither is the page's error, and one thrown from a disposal would end the circuit.
/// </summary>
public static class JsCleanup
{
    public static async ValueTask QuietlyAsync(Func<ValueTask> cleanup)
    {
        try
        {
            await cleanup();
        }
        catch (JSDisconnectedException) { }
        catch (OperationCanceledException) { }
    }
}
