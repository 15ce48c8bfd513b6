using System.Text;
using System.Text.Json;
using DeskStats.Tools.Provision;

namespace DeskStats.Tests.Tools.Provision
{
    public class SettingsFileTests
    {
        private static ProvisionRequest Request() => new ProvisionRequest
        {
            Port = "/dev/ttyUSB0",
            Ssid = "Home",
            Password = "correct horse",
            RelayUrl = "wss://stats.example.com:8080/",
            Token = "device-token_01",
        };

        [Fact]
        public void The_file_holds_version_relay_token_board_brightness_and_offset()
        {
            ProvisionRequest request = Request();
            request.Board = "t-display";
            request.Brightness = 80;
            request.UtcOffsetMinutes = -300;

            string json = Encoding.UTF8.GetString(SettingsFile.Build(request));

            Assert.Equal(
                "{\n  \"version\": 1,\n  \"relayUrl\": \"wss://stats.example.com:8080/\",\n  \"token\": \"device-token_01\",\n" +
                "  \"board\": \"t-display\",\n  \"brightness\": 80,\n  \"utcOffsetMinutes\": -300\n}\n",
                json.Replace("\r\n", "\n"));
        }

        [Fact]
        public void A_ca_file_adds_its_device_path_and_insecure_adds_allow_insecure()
        {
            ProvisionRequest request = Request();
            request.CaFile = "my-root.pem";
            request.AllowInsecure = true;

            using JsonDocument document = JsonDocument.Parse(SettingsFile.Build(request));

            Assert.Equal("I:\\relay-ca.pem", document.RootElement.GetProperty("caCertificateFile").GetString());
            Assert.True(document.RootElement.GetProperty("allowInsecure").GetBoolean());
        }

        [Fact]
        public void Without_a_ca_file_the_device_store_is_used_and_insecure_is_left_out()
        {
            using JsonDocument document = JsonDocument.Parse(SettingsFile.Build(Request()));

            Assert.False(document.RootElement.TryGetProperty("caCertificateFile", out _));
            Assert.False(document.RootElement.TryGetProperty("allowInsecure", out _));
            Assert.False(document.RootElement.TryGetProperty("touch", out _));
        }

        [Fact]
        public void Touch_is_written_when_asked_for()
        {
            ProvisionRequest request = Request();
            request.Touch = true;

            using JsonDocument document = JsonDocument.Parse(SettingsFile.Build(request));

            Assert.True(document.RootElement.GetProperty("touch").GetBoolean());
        }

        [Fact]
        public void The_file_is_utf8_without_a_byte_order_mark_and_holds_no_wifi_secret()
        {
            byte[] bytes = SettingsFile.Build(Request());

            Assert.Equal((byte)'{', bytes[0]);
            Assert.DoesNotContain("correct horse", Encoding.UTF8.GetString(bytes));
        }
    }
}
