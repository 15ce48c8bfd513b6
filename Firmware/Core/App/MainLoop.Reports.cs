using DeskStats.Link;
using DeskStats.Model;
using DeskStats.Protocol;

namespace DeskStats.App
{
    public sealed partial class MainLoop
    {
        // One report, on the loop's thread: link events go to the supervisor as they are (the loop does not judge
        // them), messages through the pipeline. Returns the model fields a message changed.
        private ChangedFields Handle(LinkReport report, long now)
        {
            switch (report.Kind)
            {
                case LinkReportKind.WifiJoined:
                    _supervisor.OnWifiJoined(now);
                    break;
                case LinkReportKind.WifiJoinFailed:
                    Log("wifi: join failed " + report.Detail);
                    _supervisor.OnWifiJoinFailed(now);
                    break;
                case LinkReportKind.WifiLost:
                    Log("wifi: lost");
                    _supervisor.OnWifiLost(now);
                    break;
                case LinkReportKind.ClockSet:
                    _supervisor.OnClockSet(now);
                    break;
                case LinkReportKind.Opened:
                    Log("relay: open");
                    _supervisor.OnRelayOpened(now);
                    break;
                case LinkReportKind.ConnectFailed:
                    Log("relay: connect failed (" + StatusLine.ConnectFailureName(report.Failure) + "): " + report.Detail);
                    _supervisor.OnConnectFailed(now, report.Failure);
                    break;
                case LinkReportKind.Closed:
                    Log("relay: closed (" + StatusLine.FailureName(report.Reason) + (report.Code > 0 ? " " + report.Code.ToString() : string.Empty) + "): " + report.Detail);
                    _supervisor.OnRelayClosed(now, report.Reason, report.Code);
                    break;
                case LinkReportKind.Message:
                    return HandleMessage(report.Buffer, report.Length, now);
                case LinkReportKind.MessageRefused:
                    Log("relay: message of " + report.Length.ToString() + " bytes refused (over the cap)");
                    _supervisor.OnMessageRejected(now);
                    break;
                case LinkReportKind.Alive:
                    _supervisor.OnLinkAlive(now);
                    break;
            }

            return ChangedFields.None;
        }

        private ChangedFields HandleMessage(byte[] message, int length, long now)
        {
            MessageOutcome outcome = _processor.Process(message, length);
            if (outcome == MessageOutcome.Applied)
            {
                _supervisor.OnMessageApplied(now);
                return _processor.LastChanges;
            }

            if (outcome == MessageOutcome.Unchanged)
            {
                _supervisor.OnMessageUnchanged(now);
            }
            else
            {
                Log("relay: message rejected, reason " + ((int)_processor.LastRejectReason).ToString());
                _supervisor.OnMessageRejected(now);
            }

            return ChangedFields.None;
        }
    }
}
