using DeskStats.Display;
using DeskStats.Touch;

namespace DeskStats.Tests.Core.Touch
{
    public class TouchTapDetectorTests
    {
        private const int Poll = TouchTapDetector.PollMilliseconds;

        // Feeds contact for [start, start + contactMilliseconds) then no contact until the touch ends, one sample per
        // poll on a fake clock; returns how many taps were reported and the time after the last sample.
        private static int Touch(TouchTapDetector detector, long start, int contactMilliseconds, out long end)
        {
            int taps = 0;
            long now = start;
            for (; now < start + contactMilliseconds; now += Poll)
            {
                taps += detector.Sample(true, now) ? 1 : 0;
            }

            while (detector.Touching)
            {
                taps += detector.Sample(false, now) ? 1 : 0;
                now += Poll;
            }

            end = now;
            return taps;
        }

        [Fact]
        public void A_finger_tap_is_one_tap_reported_when_contact_has_been_gone_for_the_release_time()
        {
            var detector = new TouchTapDetector();
            for (long now = 1000; now < 1100; now += Poll)
            {
                Assert.False(detector.Sample(true, now));
                Assert.True(detector.Touching);
            }

            Assert.False(detector.Sample(false, 1100));
            Assert.False(detector.Sample(false, 1100 + TouchTapDetector.ReleaseMilliseconds - 1));
            Assert.True(detector.Sample(false, 1100 + TouchTapDetector.ReleaseMilliseconds));
            Assert.False(detector.Touching);
        }

        [Fact]
        public void Contact_lost_for_less_than_the_release_time_is_one_touch()
        {
            var detector = new TouchTapDetector();

            Assert.False(detector.Sample(true, 1000));
            Assert.False(detector.Sample(false, 1020));
            Assert.False(detector.Sample(true, 1040));
            Assert.False(detector.Sample(true, 1060));
            Assert.False(detector.Sample(false, 1080));
            Assert.False(detector.Sample(false, 1100));

            Assert.True(detector.Sample(false, 1120));
            Assert.False(detector.Sample(false, 1140));
        }

        [Fact]
        public void A_single_sample_of_contact_is_bounce()
        {
            var detector = new TouchTapDetector();

            Assert.Equal(0, Touch(detector, 1000, Poll, out _));
        }

        [Fact]
        public void A_touch_held_for_the_long_press_time_is_ignored()
        {
            var detector = new TouchTapDetector();

            Assert.Equal(0, Touch(detector, 1000, PageTurner.LongPressMilliseconds, out long end));
            Assert.Equal(1, Touch(detector, end + 500, 100, out _));
        }

        [Fact]
        public void No_contact_without_a_touch_is_nothing()
        {
            var detector = new TouchTapDetector();

            Assert.False(detector.Sample(false, 1000));
            Assert.False(detector.Touching);
        }

        [Fact]
        public void Taps_turn_the_pages_like_the_button()
        {
            var detector = new TouchTapDetector();
            var turner = new PageTurner(2, 0);
            long now = 1000;
            for (int tap = 0; tap < 2; tap++)
            {
                for (int sample = 0; sample < 6; sample++, now += Poll)
                {
                    if (detector.Sample(sample < 3, now))
                    {
                        turner.OnTap(now);
                    }
                }

                Assert.True(turner.Step(now));
                Assert.Equal((tap + 1) % 2, turner.Page);
                now += 300;
            }
        }
    }
}
