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
