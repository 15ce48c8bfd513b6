using DeskStats.Display;
using DeskStats.Display.Controllers;
using DeskStats.Display.Rendering;
using DeskStats.Host.Display;
using DeskStats.Host.Display.Fonts;

namespace DeskStats.Tests.Core.Display.Rendering
{
    public class TextFieldTests
    {
        private static (RenderTarget Target, DecodingDisplayBus Bus, TextField Field) Create()
        {
            BoardProfile profile = BoardProfiles.Find("cyd");
            var bus = new DecodingDisplayBus(profile);
            var panel = new DisplayPanel(profile, bus);
            panel.Initialize();
            var target = new RenderTarget(panel, 2048, RenderTarget.DefaultBandBytes);
            var field = new TextField(10, 10, 200, 70, TextAlignment.Center, 16) { Font = FontFiles.DigitsLarge };
            return (target, bus, field);
        }

        [Theory]
        [InlineData(0, 0, 1, 1)]
        [InlineData(-3, 211, 320, 29)]
        [InlineData(319, 239, 480, 320)]
        public void The_box_reads_back_as_given_though_two_values_share_a_field(int x, int y, int width, int height)
        {
            var field = new TextField(x, y, width, height, TextAlignment.Right, 8);

            Assert.Equal((x, y, width, height), (field.X, field.Y, field.Width, field.Height));
            Assert.Equal(TextAlignment.Right, field.Alignment);
        }

        [Fact]
        public void Foreground_and_background_are_set_one_without_the_other()
        {
            var field = new TextField(0, 0, 10, 10, TextAlignment.Left, 4);
            Assert.Equal((Rgb565.Text, Rgb565.Background), (field.Foreground, field.Background));

            field.Foreground = 0xFFFF;
            field.Background = 0x8001;
            Assert.Equal((0xFFFF, 0x8001), ((int)field.Foreground, (int)field.Background));
            field.Foreground = 0x0001;
            Assert.Equal((0x0001, 0x8001), ((int)field.Foreground, (int)field.Background));
        }

        [Fact]
        public void The_same_text_twice_sends_nothing_the_second_time()
        {
            var (target, bus, field) = Create();
            field.Draw(target, "1,234".ToCharArray(), 5);
            bus.ResetCounters();

            field.Draw(target, "1,234".ToCharArray(), 5);

            Assert.Equal(0, bus.TotalBytes);
        }

        [Fact]
        public void One_changed_digit_sends_less_than_its_cell_and_gives_the_same_picture_as_a_full_draw()
        {
            var (target, bus, field) = Create();
            field.Draw(target, "1,234".ToCharArray(), 5);
            bus.ResetCounters();

            field.Draw(target, "1,235".ToCharArray(), 5);

            int cell = FontFiles.DigitsLarge.GetAdvance('5') * 70 * 2;
            Assert.InRange(bus.TotalBytes, 1, cell);
            var (freshTarget, freshBus, freshField) = Create();
            freshField.Draw(freshTarget, "1,235".ToCharArray(), 5);
            Assert.Equal(freshBus.Snapshot().Pixels, bus.Snapshot().Pixels);
        }

        [Fact]
        public void A_shorter_text_clears_what_the_longer_one_covered()
        {
            var (target, bus, field) = Create();
            field.Draw(target, "12,345".ToCharArray(), 6);

            field.Draw(target, "7".ToCharArray(), 1);

            var (freshTarget, freshBus, freshField) = Create();
            freshField.Draw(freshTarget, "7".ToCharArray(), 1);
            Assert.Equal(freshBus.Snapshot().Pixels, bus.Snapshot().Pixels);
        }
    }
}
