using System;
using System.Threading;
using System.Threading.Tasks;

namespace DeskStats.Simulator.DemoRelay
{
    /// <summary>Plays a <see cref="DemoSite"/> into a <see cref="DemoRelayServer"/> in real time (optionally faster).</summary>
    public sealed class DemoSitePlayer : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly Task _playing;

        /// <summary>
        /// Publishes <paramref name="site"/>'s current snapshot at once, then each step after its delay divided by
        /// <paramref name="speed"/> (1 = the scripted pace, greater is faster; 0.1 to 1000).
        /// </summary>
        public DemoSitePlayer(DemoSite site, DemoRelayServer server, double speed = 1.0)
        {
            if (site == null) throw new ArgumentNullException(nameof(site));
            if (server == null) throw new ArgumentNullException(nameof(server));
            if (speed < 0.1 || speed > 1000) throw new ArgumentOutOfRangeException(nameof(speed));
            server.Publish(site.Current);
            _playing = PlayAsync(site, server, speed, _stop.Token);
        }

        /// <summary>Steps played so far.</summary>
        public int StepsPlayed { get; private set; }

        private async Task PlayAsync(DemoSite site, DemoRelayServer server, double speed, CancellationToken cancellationToken)
        {
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    DemoEvent step = site.Next();
                    await Task.Delay(TimeSpan.FromMilliseconds(step.DelayMilliseconds / speed), cancellationToken).ConfigureAwait(false);
                    if (step.Kind == DemoEventKind.IdenticalRepeat)
                    {
                        server.RepeatLatest();
                    }
                    else
                    {
                        server.Publish(step.Snapshot);
                    }

                    StepsPlayed++;
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        }

        /// <summary>Stops playing.</summary>
        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            await _playing.ConfigureAwait(false);
            _stop.Dispose();
        }
    }
}
