Console.WriteLine("sellerpolicy");
