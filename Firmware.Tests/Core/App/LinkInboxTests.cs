using System;
using System.Threading;
using DeskStats.App;
using DeskStats.Link;

namespace DeskStats.Tests.Core.App
{
    public class LinkInboxTests
    {
        private readonly LinkInbox _inbox = new LinkInbox();
        private readonly LinkReport _report = new LinkReport();

        private LinkReportKind Next()
        {
            return _inbox.Take(_report) ? _report.Kind : LinkReportKind.None;
        }

        [Fact]
        public void Reports_come_out_in_the_order_they_went_in_with_their_details()
        {
            int attempt = _inbox.BeginAttempt();
            _inbox.WifiJoined();
            _inbox.Opened(attempt);
            _inbox.Closed(attempt, LinkFailure.ClosedByRelay, 4001, "bad token");
            _inbox.ConnectFailed(attempt, ConnectFailure.Tls, "untrusted");

            Assert.Equal(LinkReportKind.WifiJoined, Next());
            Assert.Equal(0, _report.Attempt);
            Assert.Equal(LinkReportKind.Opened, Next());
            Assert.Equal(attempt, _report.Attempt);
            Assert.Equal(LinkReportKind.Closed, Next());
            Assert.Equal(LinkFailure.ClosedByRelay, _report.Reason);
            Assert.Equal(4001, _report.Code);
            Assert.Equal("bad token", _report.Detail);
            Assert.Equal(LinkReportKind.ConnectFailed, Next());
            Assert.Equal(ConnectFailure.Tls, _report.Failure);
            Assert.Equal(LinkReportKind.None, Next());
        }

        [Fact]
        public void Reports_of_a_given_up_attempt_are_dropped_when_reported_and_when_taken()
        {
            int first = _inbox.BeginAttempt();
            _inbox.Opened(first);
            _inbox.Message(first, new byte[] { 1 }, 1);
            int second = _inbox.BeginAttempt();
            _inbox.Alive(first);
            _inbox.Opened(second);
            _inbox.WifiLost();

            Assert.Equal(LinkReportKind.Opened, Next());
            Assert.Equal(second, _report.Attempt);
            Assert.Equal(LinkReportKind.WifiLost, Next());
            Assert.Equal(LinkReportKind.None, Next());

            _inbox.EndAttempt();
            _inbox.Message(second, new byte[] { 2 }, 1);
            Assert.Equal(LinkReportKind.None, Next());
            Assert.Equal(0, _inbox.CurrentAttempt);
        }

        [Fact]
        public void A_waiting_message_is_replaced_by_a_newer_one_only_when_it_is_last_in_line()
        {
            int attempt = _inbox.BeginAttempt();
            byte[] first = { 1 };
            byte[] second = { 2, 2 };
            byte[] third = { 3, 3, 3 };
            _inbox.Message(attempt, first, 1);
            _inbox.Message(attempt, second, 2);
            _inbox.Alive(attempt);
            _inbox.Message(attempt, third, 3);

            Assert.Equal(1, _inbox.DroppedMessages);
            Assert.Equal(LinkReportKind.Message, Next());
            Assert.Same(second, _report.Buffer);
            Assert.Equal(2, _report.Length);
            Assert.Equal(LinkReportKind.Alive, Next());
            Assert.Equal(LinkReportKind.Message, Next());
            Assert.Same(third, _report.Buffer);
        }

        [Fact]
        public void A_close_reported_before_the_open_follows_the_open_and_a_connect_failure_drops_it()
        {
            int attempt = _inbox.BeginAttempt();
            _inbox.Closed(attempt, LinkFailure.LinkClosed, 0, "closed while connecting");
            Assert.True(_inbox.ClosedBeforeOpen(attempt));
            Assert.Equal(0, _inbox.Waiting);

            _inbox.Opened(attempt);
            Assert.Equal(LinkReportKind.Opened, Next());
            Assert.Equal(LinkReportKind.Closed, Next());
            Assert.Equal(LinkFailure.LinkClosed, _report.Reason);
            Assert.Equal("closed while connecting", _report.Detail);

            int next = _inbox.BeginAttempt();
            _inbox.Closed(next, LinkFailure.LinkClosed, 0, "closed");
            _inbox.ConnectFailed(next, ConnectFailure.Tls, "not open after connect");
            Assert.False(_inbox.ClosedBeforeOpen(next));
            Assert.Equal(LinkReportKind.ConnectFailed, Next());
            Assert.Equal(LinkReportKind.None, Next());
        }

        [Fact]
        public void A_full_ring_loses_new_reports_and_counts_them()
        {
            int attempt = _inbox.BeginAttempt();
            for (int index = 0; index < LinkInbox.Capacity + 3; index++)
            {
                _inbox.Alive(attempt);
            }

            Assert.Equal(LinkInbox.Capacity, _inbox.Waiting);
            Assert.Equal(3, _inbox.LostReports);
            int taken = 0;
            while (_inbox.Take(_report)) taken++;
            Assert.Equal(LinkInbox.Capacity, taken);
        }

        [Fact]
        public void Wait_returns_at_once_when_a_report_came_and_times_out_when_none_did()
        {
            Assert.False(_inbox.Wait(0));
            _inbox.ClockSet();
            Assert.True(_inbox.Wait(0));
            _inbox.Wake();
            Assert.True(_inbox.Wait(0));
        }

        [Fact]
        public void Taking_a_message_allocates_nothing_and_lets_go_of_its_buffer()
        {
            int attempt = _inbox.BeginAttempt();
            byte[] buffer = new byte[64];
            _inbox.Message(attempt, buffer, 64);
            _inbox.Take(_report);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int index = 0; index < 1000; index++)
            {
                _inbox.Message(attempt, buffer, 64);
                _inbox.Alive(attempt);
                _inbox.Take(_report);
                _inbox.Take(_report);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            WeakReference weak = HandOverAndTake(attempt);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            Assert.False(weak.IsAlive, "the inbox still holds a taken message's buffer");
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        private WeakReference HandOverAndTake(int attempt)
        {
            byte[] message = new byte[32];
            _inbox.Message(attempt, message, 32);
            var report = new LinkReport();
            Assert.True(_inbox.Take(report));
            report.Clear();
            return new WeakReference(message);
        }

        [Fact]
        public void Messages_from_another_thread_arrive_whole_and_the_newest_is_never_lost()
        {
            int attempt = _inbox.BeginAttempt();
            const int count = 20000;
            var producer = new Thread(() =>
            {
                for (int index = 1; index <= count; index++)
                {
                    byte[] message = BitConverter.GetBytes(index);
                    _inbox.Message(attempt, message, message.Length);
                }
            });
            producer.Start();

            int last = 0;
            int taken = 0;
            while (last != count)
            {
                _inbox.Wait(1000);
                while (_inbox.Take(_report))
                {
                    int value = BitConverter.ToInt32(_report.Buffer, 0);
                    Assert.True(value > last, "out of order: " + value + " after " + last);
                    last = value;
                    taken++;
                }
            }

            producer.Join();
            Assert.Equal(count, taken + _inbox.DroppedMessages);
            Assert.Equal(0, _inbox.LostReports);
        }
    }
}
