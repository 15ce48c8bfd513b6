using System;
using DeskStats.App;

namespace DeskStats.Device
{
    /// <summary>
    /// Serial debug output (Console, which reaches Visual Studio's output window and nanoff's monitor). Every line
    /// that could hold a secret goes through Secrets.Mask / Secrets.MaskUrl before it gets here.
    /// </summary>
    public sealed class DeviceDebug : IDebugLog
    {
        /// <summary>Writes one line, prefixed with the uptime in seconds.</summary>
        public static void Line(string text)
        {
            Console.WriteLine("[" + (Environment.TickCount64 / 1000).ToString() + "s] " + text);
        }

        /// <inheritdoc/>
        void IDebugLog.Line(string text)
        {
            Line(text);
        }
    }
}
